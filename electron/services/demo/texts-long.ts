/* eslint-disable max-lines -- a table of translations, one entry per demo text, read as data */

/*
 * The demo's long texts in French and Arabic: agreements' titles and scopes, document references
 * and notes, request lines, places, justifications and the last-resort and escort answers
 * (spread into DEMO_TEXTS, texts.ts). Names of places and organisations stay as they are.
 */
export const DEMO_LONG_TEXTS: Record<string, { fr: string; ar: string }> = {
  'MOU on storage and convoy space at FOB North': {
    fr: 'Protocole d’accord sur le stockage et la place dans les convois à la FOB Nord',
    ar: 'مذكرة تفاهم بشأن التخزين والمساحة في القوافل في القاعدة الأمامية الشمالية',
  },
  'Common logistics services agreement, Sector North': {
    fr: 'Accord de services logistiques communs, secteur Nord',
    ar: 'اتفاق الخدمات اللوجستية المشتركة، القطاع الشمالي',
  },
  'Water trucking agreement, Tarvik district': {
    fr: 'Accord d’approvisionnement en eau par camion, district de Tarvik',
    ar: 'اتفاق نقل المياه بالشاحنات، مقاطعة Tarvik',
  },
  'Grant agreement AHAO-VIR-2026-014 (food assistance)': {
    fr: 'Convention de subvention AHAO-VIR-2026-014 (assistance alimentaire)',
    ar: 'اتفاق المنحة AHAO-VIR-2026-014 (المساعدات الغذائية)',
  },
  'NSLB provides up to 200 m³ of dry storage at FOB North and space on scheduled resupply convoys to Kallen, as a last resort when UNHLS and commercial transport are unavailable. HHI cargo stays HHI-owned and is stored apart from military stock; movements are notified 48 h ahead.':
    {
      fr: 'NSLB fournit jusqu’à 200 m³ de stockage au sec à la FOB Nord et de la place dans les convois de ravitaillement programmés vers Kallen, en dernier recours lorsque l’UNHLS et le transport commercial ne sont pas disponibles. Le fret de HHI reste la propriété de HHI et est stocké à part du stock militaire ; les mouvements sont notifiés 48 h à l’avance.',
      ar: 'توفر NSLB ما يصل إلى 200 م³ من التخزين الجاف في القاعدة الأمامية الشمالية ومساحة في قوافل الإمداد المجدولة إلى Kallen، كملاذ أخير عندما لا يتوفر UNHLS ولا النقل التجاري. تبقى شحنات HHI ملكًا لـHHI وتُخزَّن بمعزل عن المخزون العسكري؛ ويُبلَّغ عن التحركات قبل 48 ساعة.',
    },
  'Free-to-user transport from Aster Falls transit hub to Tarvik and Morrow, and temporary storage at the hub (up to 30 days) for partner cargo, on request through the service request form.':
    {
      fr: 'Transport gratuit pour l’utilisateur du hub de transit d’Aster Falls vers Tarvik et Morrow, et stockage temporaire au hub (jusqu’à 30 jours) pour le fret des partenaires, sur demande via le formulaire de demande de service.',
      ar: 'نقل مجاني للمستخدم من مركز العبور في Aster Falls إلى Tarvik وMorrow، وتخزين مؤقت في المركز (حتى 30 يومًا) لشحنات الشركاء، بطلب عبر استمارة طلب الخدمة.',
    },
  'WWB trucks 150 m³ of chlorinated water a day to Kallen camp; TDC provides the borehole at Tarvik and site security.': {
    fr: 'WWB achemine par camion 150 m³ d’eau chlorée par jour au camp de Kallen ; le TDC fournit le forage de Tarvik et la sécurité du site.',
    ar: 'تنقل WWB بالشاحنات 150 م³ من المياه المعالجة بالكلور يوميًا إلى مخيم Kallen؛ ويوفر TDC البئر في Tarvik وأمن الموقع.',
  },
  'Funds general food distribution for 12,000 people in Tarvik and Kallen; goods bought under the grant stay donor-marked.': {
    fr: 'Finance la distribution générale de vivres pour 12 000 personnes à Tarvik et Kallen ; les biens achetés au titre de la subvention restent marqués du donateur.',
    ar: 'يموّل التوزيع الغذائي العام لـ12,000 شخص في Tarvik وKallen؛ وتبقى السلع المشتراة بموجب المنحة موسومة باسم المانح.',
  },
  'Resupply convoy RC-17': {
    fr: 'Convoi de ravitaillement RC-17',
    ar: 'قافلة الإمداد RC-17',
  },
  'School feeding, Tarvik district': {
    fr: 'Cantines scolaires, district de Tarvik',
    ar: 'التغذية المدرسية، مقاطعة Tarvik',
  },
  'Shared convoy with NSLB escort': {
    fr: 'Convoi partagé sous escorte de NSLB',
    ar: 'قافلة مشتركة بمرافقة NSLB',
  },
  'Kallen camp distribution, blocks A–C': {
    fr: 'Distribution au camp de Kallen, blocs A–C',
    ar: 'توزيع في مخيم Kallen، المربعات A–C',
  },
  'Engineer task force resupply': {
    fr: 'Ravitaillement du détachement du génie',
    ar: 'إمداد فرقة مهام الهندسة',
  },
  'MOU NSLB–HHI, fuel support': {
    fr: 'Protocole d’accord NSLB–HHI, soutien en carburant',
    ar: 'مذكرة التفاهم NSLB–HHI، دعم بالوقود',
  },
  'Two tarpaulin bales torn by the load straps; five blankets missing from a broken bale': {
    fr: 'Deux balles de bâches déchirées par les sangles de chargement ; cinq couvertures manquantes dans une balle ouverte',
    ar: 'بالتان من الأغطية المشمعة مزقتهما أحزمة التحميل؛ وخمس بطانيات مفقودة من بالة ممزقة',
  },
  'Loss report filed with AVTC': {
    fr: 'Déclaration de perte déposée auprès d’AVTC',
    ar: 'قُدّم تقرير فقدان إلى AVTC',
  },
  'Convoy troop trip sheet TS-0412': {
    fr: 'Feuille de route du peloton de convoi TS-0412',
    ar: 'ورقة رحلة فصيلة القوافل TS-0412',
  },
  'Fuel point log FP-2231': {
    fr: 'Registre du point carburant FP-2231',
    ar: 'سجل نقطة الوقود FP-2231',
  },
  'Fuel point log FP-2260': {
    fr: 'Registre du point carburant FP-2260',
    ar: 'سجل نقطة الوقود FP-2260',
  },
  'Hub storage agreement ASF-26-031': {
    fr: 'Accord de stockage au hub ASF-26-031',
    ar: 'اتفاق التخزين في المركز ASF-26-031',
  },
  'Escort vehicle with crew': {
    fr: 'Véhicule d’escorte avec équipage',
    ar: 'مركبة مرافقة مع طاقمها',
  },
  'Covered storage': {
    fr: 'Stockage couvert',
    ar: 'تخزين مسقوف',
  },
  'Briefing by HHI field team': {
    fr: 'Briefing par l’équipe de terrain de HHI',
    ar: 'إحاطة من فريق HHI الميداني',
  },
  'Open storage, fenced': {
    fr: 'Stockage à ciel ouvert, clôturé',
    ar: 'تخزين مكشوف، مسيّج',
  },
  'Helicopter seat': {
    fr: 'Place en hélicoptère',
    ar: 'مقعد في مروحية',
  },
  'Forklift 3 t with driver': {
    fr: 'Chariot élévateur 3 t avec conducteur',
    ar: 'رافعة شوكية 3 أطنان مع سائقها',
  },
  'Truck 10 t, 6×6': {
    fr: 'Camion 10 t, 6×6',
    ar: 'شاحنة 10 أطنان، 6×6',
  },
  Diesel: {
    fr: 'Gazole',
    ar: 'ديزل',
  },
  'Generator 20 kVA': {
    fr: 'Groupe électrogène 20 kVA',
    ar: 'مولّد 20 كيلوفولت أمبير',
  },
  trucks: {
    fr: 'camions',
    ar: 'شاحنات',
  },
  vehicles: {
    fr: 'véhicules',
    ar: 'مركبات',
  },
  briefing: {
    fr: 'briefing',
    ar: 'إحاطة',
  },
  generator: {
    fr: 'groupe électrogène',
    ar: 'مولّد',
  },
  seats: {
    fr: 'places',
    ar: 'مقاعد',
  },
  forklift: {
    fr: 'chariot élévateur',
    ar: 'رافعة شوكية',
  },
  'Aster Falls transit hub, bay 2': {
    fr: 'Hub de transit d’Aster Falls, quai 2',
    ar: 'مركز العبور في Aster Falls، الرصيف 2',
  },
  'FOB North fuel point': {
    fr: 'Point carburant de la FOB Nord',
    ar: 'نقطة الوقود في القاعدة الأمامية الشمالية',
  },
  'Tarvik pumping station': {
    fr: 'Station de pompage de Tarvik',
    ar: 'محطة الضخ في Tarvik',
  },
  'Tarvik distribution point': {
    fr: 'Point de distribution de Tarvik',
    ar: 'نقطة التوزيع في Tarvik',
  },
  'Kell, upper valley villages': {
    fr: 'Kell, villages de la haute vallée',
    ar: 'Kell، قرى الوادي الأعلى',
  },
  'FOB North warehouse': {
    fr: 'Entrepôt de la FOB Nord',
    ar: 'مستودع القاعدة الأمامية الشمالية',
  },
  'Aster Falls transit hub': {
    fr: 'Hub de transit d’Aster Falls',
    ar: 'مركز العبور في Aster Falls',
  },
  'Monthly rations for 2,400 households; the commercial fleet is stuck behind the Aster landslide.': {
    fr: 'Rations mensuelles pour 2 400 ménages ; la flotte commerciale est bloquée derrière le glissement de terrain d’Aster.',
    ar: 'حصص شهرية لـ2,400 أسرة؛ الأسطول التجاري عالق خلف انهيار Aster الأرضي.',
  },
  'The pumps supply 18,000 people; the town’s fuel station has been dry for a week.': {
    fr: 'Les pompes alimentent 18 000 personnes ; la station-service de la ville est à sec depuis une semaine.',
    ar: 'تزوّد المضخات 18,000 شخص؛ ومحطة الوقود في البلدة فارغة منذ أسبوع.',
  },
  '160 families without shelter after the river flooded the lower town.': {
    fr: '160 familles sans abri après la crue de la rivière dans la ville basse.',
    ar: '160 أسرة بلا مأوى بعد أن أغرق النهر البلدة السفلى.',
  },
  'Water trucking to 3,000 people cut off from their wells.': {
    fr: 'Approvisionnement en eau par camion de 3 000 personnes coupées de leurs puits.',
    ar: 'نقل المياه بالشاحنات إلى 3,000 شخص انقطعوا عن آبارهم.',
  },
  'Seed for the planting season must stay dry until distribution.': {
    fr: 'Les semences de la saison des semis doivent rester au sec jusqu’à la distribution.',
    ar: 'يجب أن تبقى بذور موسم الزراعة جافة حتى التوزيع.',
  },
  'Planning the resupply convoys of the engineer company in the upper valley.': {
    fr: 'Planifier les convois de ravitaillement de la compagnie du génie dans la haute vallée.',
    ar: 'تخطيط قوافل الإمداد لسرية الهندسة في الوادي الأعلى.',
  },
  'Bridging material waiting for the Aster crossing repair.': {
    fr: 'Matériel de franchissement en attente de la réparation du passage d’Aster.',
    ar: 'مواد الجسور بانتظار إصلاح معبر Aster.',
  },
  'The clinic’s generator failed; vaccines need power for the fridges.': {
    fr: 'Le groupe électrogène du centre de santé est en panne ; les vaccins ont besoin de courant pour les réfrigérateurs.',
    ar: 'تعطّل مولّد العيادة؛ واللقاحات تحتاج إلى الكهرباء للثلاجات.',
  },
  'Assessment of the flood response for the donor.': {
    fr: 'Évaluation de la réponse aux inondations pour le donateur.',
    ar: 'تقييم الاستجابة للفيضان لصالح المانح.',
  },
  'Unloading the seed pipeline.': {
    fr: 'Déchargement de la filière d’approvisionnement en semences.',
    ar: 'تفريغ شحنات البذور.',
  },
  'AVTC and two Tarvik carriers asked on 12 and 14 of last month: no trucks able to use the bypass.': {
    fr: 'AVTC et deux transporteurs de Tarvik sollicités les 12 et 14 du mois dernier : aucun camion capable d’emprunter la déviation.',
    ar: 'سُئلت AVTC وناقلان من Tarvik يومي 12 و14 من الشهر الماضي: لا شاحنات قادرة على سلوك الطريق الالتفافي.',
  },
  'Commercial suppliers in Aster Falls and the council’s reserve; both empty.': {
    fr: 'Fournisseurs commerciaux d’Aster Falls et réserve du conseil ; tous deux vides.',
    ar: 'الموردون التجاريون في Aster Falls واحتياطي المجلس؛ وكلاهما فارغ.',
  },
  'HHI’s own pipeline (six weeks away) and UNHLS common stock (none left).': {
    fr: 'La filière propre de HHI (dans six semaines) et le stock commun de l’UNHLS (épuisé).',
    ar: 'خط إمداد HHI الخاص (بعد ستة أسابيع) والمخزون المشترك لـUNHLS (نفد).',
  },
  'Community acceptance negotiated by WWB; local authorities could not guarantee passage.': {
    fr: 'Acceptation communautaire négociée par WWB ; les autorités locales n’ont pas pu garantir le passage.',
    ar: 'قبول مجتمعي تفاوضت عليه WWB؛ ولم تستطع السلطات المحلية ضمان المرور.',
  },
  'UNHLS Aster Falls hub (full) and Tarvik market warehouses (no roof repairs yet).': {
    fr: 'Hub de l’UNHLS à Aster Falls (plein) et entrepôts du marché de Tarvik (toitures pas encore réparées).',
    ar: 'مركز UNHLS في Aster Falls (ممتلئ) ومستودعات سوق Tarvik (لم تُصلح أسقفها بعد).',
  },
  'Rental in Aster Falls (none available) and UNHLS (none in stock).': {
    fr: 'Location à Aster Falls (rien de disponible) et UNHLS (rien en stock).',
    ar: 'الاستئجار في Aster Falls (لا شيء متاح) وUNHLS (لا شيء في المخزون).',
  },
  'Commercial charter': {
    fr: 'Affrètement commercial',
    ar: 'استئجار تجاري',
  },
  'Ten-tonne trucks with high clearance for the unpaved bypass.': {
    fr: 'Camions de dix tonnes à grande garde au sol pour la déviation non revêtue.',
    ar: 'شاحنات بعشرة أطنان ذات خلوص أرضي عالٍ للطريق الالتفافي غير المعبّد.',
  },
  '5,000 L of diesel over two weeks.': {
    fr: '5 000 L de gazole sur deux semaines.',
    ar: '5,000 لتر من الديزل على مدى أسبوعين.',
  },
  '100 family tents now.': {
    fr: '100 tentes familiales maintenant.',
    ar: '100 خيمة عائلية الآن.',
  },
  'Safe passage through the Kell gorge.': {
    fr: 'Passage sûr par les gorges de Kell.',
    ar: 'مرور آمن عبر وادي Kell.',
  },
  '40 m³ of covered storage for three weeks.': {
    fr: '40 m³ de stockage couvert pendant trois semaines.',
    ar: '40 م³ من التخزين المسقوف لثلاثة أسابيع.',
  },
  'A 20 kVA generator for two weeks.': {
    fr: 'Un groupe électrogène de 20 kVA pendant deux semaines.',
    ar: 'مولّد بقدرة 20 كيلوفولت أمبير لأسبوعين.',
  },
  'A helicopter seat for four': {
    fr: 'Quatre places en hélicoptère',
    ar: 'أربعة مقاعد في مروحية',
  },
  'Only the battalion’s 6×6 trucks are cleared for the bypass until the landslide is removed.': {
    fr: 'Seuls les camions 6×6 du bataillon sont autorisés sur la déviation jusqu’au dégagement du glissement de terrain.',
    ar: 'شاحنات الكتيبة 6×6 وحدها مسموح لها بالطريق الالتفافي حتى إزالة الانهيار الأرضي.',
  },
  'The battalion holds the only fuel stock in the district.': {
    fr: 'Le bataillon détient le seul stock de carburant du district.',
    ar: 'تملك الكتيبة مخزون الوقود الوحيد في المقاطعة.',
  },
  'The battalion’s contingency stock at FOB North is the only stock in the sector.': {
    fr: 'Le stock de contingence du bataillon à la FOB Nord est le seul stock du secteur.',
    ar: 'مخزون الطوارئ للكتيبة في القاعدة الأمامية الشمالية هو المخزون الوحيد في القطاع.',
  },
  'Only the mission can provide an armed escort.': {
    fr: 'Seule la mission peut fournir une escorte armée.',
    ar: 'البعثة وحدها قادرة على توفير مرافقة مسلحة.',
  },
  'FOB North has the only dry covered space in the district this month.': {
    fr: 'La FOB Nord dispose du seul espace couvert et sec du district ce mois-ci.',
    ar: 'تملك القاعدة الأمامية الشمالية المساحة المسقوفة الجافة الوحيدة في المقاطعة هذا الشهر.',
  },
  'The battalion holds the district’s only spare generators.': {
    fr: 'Le bataillon détient les seuls groupes électrogènes de réserve du district.',
    ar: 'تملك الكتيبة المولّدات الاحتياطية الوحيدة في المقاطعة.',
  },
  'No civilian flights': {
    fr: 'Aucun vol civil',
    ar: 'لا رحلات مدنية',
  },
  'AVTC resumes the run once the road is cleared (council estimate: three weeks).': {
    fr: 'AVTC reprend la liaison dès que la route est dégagée (estimation du conseil : trois semaines).',
    ar: 'تستأنف AVTC الرحلات حالما يُفتح الطريق (تقدير المجلس: ثلاثة أسابيع).',
  },
  'The council’s supply contract restarts on the 1st.': {
    fr: 'Le contrat d’approvisionnement du conseil reprend le 1er.',
    ar: 'يُستأنف عقد توريد المجلس في اليوم الأول من الشهر.',
  },
  'HHI replaces the tents from its pipeline when it arrives.': {
    fr: 'HHI remplace les tentes par sa propre filière à son arrivée.',
    ar: 'تستبدل HHI الخيام من خط إمدادها عند وصوله.',
  },
  'Escorts stop once the gorge checkpoint is handed to the district police.': {
    fr: 'Les escortes cessent dès que le poste de contrôle des gorges est remis à la police du district.',
    ar: 'تتوقف المرافقة حالما تُسلَّم نقطة التفتيش في الوادي إلى شرطة المقاطعة.',
  },
  'Tarvik warehouses are repaired by the end of the month.': {
    fr: 'Les entrepôts de Tarvik sont réparés d’ici la fin du mois.',
    ar: 'تُصلَح مستودعات Tarvik بحلول نهاية الشهر.',
  },
  'The clinic’s new generator arrives in two weeks.': {
    fr: 'Le nouveau groupe électrogène du centre de santé arrive dans deux semaines.',
    ar: 'يصل المولّد الجديد للعيادة خلال أسبوعين.',
  },
  'Road travel once cleared': {
    fr: 'Voyage par la route une fois dégagée',
    ar: 'السفر برًا حالما يُفتح الطريق',
  },
  'Life-saving: no other water source for the upper valley villages.': {
    fr: 'Vital : aucune autre source d’eau pour les villages de la haute vallée.',
    ar: 'منقذ للحياة: لا مصدر مياه آخر لقرى الوادي الأعلى.',
  },
  'Tarvik District Council; UN security focal point.': {
    fr: 'Conseil du district de Tarvik ; point focal sécurité de l’ONU.',
    ar: 'مجلس مقاطعة Tarvik؛ منسق الأمن الأممي.',
  },
  'Two incidents on the gorge road in the past month.': {
    fr: 'Deux incidents sur la route des gorges le mois dernier.',
    ar: 'حادثان على طريق الوادي خلال الشهر الماضي.',
  },
  'Weekly runs, reviewed each week; WWB drills a borehole in Kell.': {
    fr: 'Rotations hebdomadaires, réexaminées chaque semaine ; WWB fore un puits à Kell.',
    ar: 'رحلات أسبوعية تُراجَع كل أسبوع؛ وتحفر WWB بئرًا في Kell.',
  },
  'Which roads to Kell are passable for 10 t trucks, and market prices of fuel and flour in Kell.': {
    fr: 'Quelles routes vers Kell sont praticables pour des camions de 10 t, et les prix du carburant et de la farine sur le marché de Kell.',
    ar: 'أي الطرق إلى Kell صالحة لشاحنات 10 أطنان، وأسعار الوقود والدقيق في سوق Kell.',
  },
  '20 m³ of storage at the hub for two weeks.': {
    fr: '20 m³ de stockage au hub pendant deux semaines.',
    ar: '20 م³ من التخزين في المركز لأسبوعين.',
  },
  'To route the engineer convoys without taking the villages’ fuel.': {
    fr: 'Pour faire passer les convois du génie sans prendre le carburant des villages.',
    ar: 'لتسيير قوافل الهندسة دون أخذ وقود القرى.',
  },
  'FOB North is full with the flood response stock.': {
    fr: 'La FOB Nord est pleine du stock de la réponse aux inondations.',
    ar: 'القاعدة الأمامية الشمالية ممتلئة بمخزون الاستجابة للفيضان.',
  },
};
