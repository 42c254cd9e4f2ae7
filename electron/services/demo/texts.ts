import { messageLanguage } from '../../api/i18n/current';
import { DEMO_LONG_TEXTS } from './texts-long';

/*
 * The demo's free text (notes, reasons, roles, request titles and comments) in the language the
 * demo is loaded in (`--demo --lang fr|ar`, the first-start screen's language, or the operator's).
 * Names of places, organisations and people stay as they are; vocabularies (categories, reasons,
 * kinds) are codes every screen words already. The English text is the key: the scenario's
 * operations are called with their inputs passed through inDemoLanguage (scenario.ts), so the
 * data files stay in English; test/core/demo-language.test.ts checks each text is in them.
 */
export const DEMO_TEXTS: Record<string, { fr: string; ar: string }> = {
  ...DEMO_LONG_TEXTS,
  // Stock
  'Donor-marked goods under the AHAO food grant': {
    fr: 'Marchandises marquées du donateur, au titre de la subvention alimentaire AHAO',
    ar: 'بضائع موسومة باسم المانح بموجب منحة AHAO الغذائية',
  },
  'TDC stores for the whole term: asked for the long-dated lot': {
    fr: 'Le TDC stocke pour tout le trimestre : il a demandé le lot à péremption lointaine',
    ar: 'يخزّن TDC للفصل كله: طلب الدفعة ذات الصلاحية الأطول',
  },
  'Two bags torn open on the road': { fr: 'Deux sacs éventrés pendant le trajet', ar: 'كيسان تمزقا على الطريق' },
  'Forklift pierced a pallet': { fr: 'Palette percée par le chariot élévateur', ar: 'ثقبت الرافعة الشوكية منصة' },
  'Found behind the hygiene kits during re-stacking': {
    fr: 'Trouvé derrière les kits d’hygiène pendant le réempilage',
    ar: 'وُجد خلف حقائب النظافة أثناء إعادة الرص',
  },
  'Monthly count, WASH aisle': { fr: 'Inventaire mensuel, allée EHA', ar: 'جرد شهري، ممر المياه والصرف الصحي' },
  'Difference explained by an unrecorded hygiene-promotion handout': {
    fr: 'Écart expliqué par une distribution de promotion de l’hygiène non enregistrée',
    ar: 'الفرق مفسَّر بتوزيع غير مسجل ضمن التوعية بالنظافة',
  },
  'Weekly fuel point check, blind': {
    fr: 'Contrôle hebdomadaire du point carburant, à l’aveugle',
    ar: 'فحص أسبوعي لنقطة الوقود، جرد أعمى',
  },
  // Convoys
  'Winterisation round 2': { fr: 'Hivernage, 2e tournée', ar: 'التجهيز الشتوي، الجولة الثانية' },
  '2 armoured vehicles, 1 medical vehicle': { fr: '2 véhicules blindés, 1 véhicule sanitaire', ar: 'مركبتان مدرعتان ومركبة طبية واحدة' },
  // Sharing profiles
  'Sister unit of the mission: everything but escort composition and weapons cargo.': {
    fr: 'Unité sœur de la mission : tout sauf la composition des escortes et les cargaisons d’armes.',
    ar: 'وحدة شقيقة في البعثة: كل شيء عدا تشكيل المرافقة وشحنات الأسلحة.',
  },
  'UN partner: exact places, routes and times to the day only.': {
    fr: 'Partenaire onusien : lieux exacts, itinéraires, et horaires au jour près seulement.',
    ar: 'شريك أممي: الأماكن الدقيقة والطرق، والأوقات باليوم فقط.',
  },
  'Humanitarian partner: places to the admin area, times to the day; nothing military.': {
    fr: 'Partenaire humanitaire : lieux à la zone administrative, horaires au jour ; rien de militaire.',
    ar: 'شريك إنساني: الأماكن بالمنطقة الإدارية، والأوقات باليوم؛ لا شيء عسكري.',
  },
  'District council: stock and places to the admin area.': {
    fr: 'Conseil de district : stocks, et lieux à la zone administrative.',
    ar: 'مجلس المقاطعة: المخزون، والأماكن بالمنطقة الإدارية.',
  },
  'Contractor or donor: public information only.': {
    fr: 'Prestataire ou donateur : informations publiques seulement.',
    ar: 'متعاقد أو مانح: المعلومات العامة فقط.',
  },
  // Requests
  'Trucks for food rations, Aster Falls → Tarvik': {
    fr: 'Camions pour les rations alimentaires, Aster Falls → Tarvik',
    ar: 'شاحنات لحصص الغذاء، Aster Falls ← Tarvik',
  },
  'Diesel for the Tarvik water pumping station': {
    fr: 'Gazole pour la station de pompage d’eau de Tarvik',
    ar: 'ديزل لمحطة ضخ المياه في Tarvik',
  },
  'Family tents for the Tarvik flood response': {
    fr: 'Tentes familiales pour la réponse aux inondations de Tarvik',
    ar: 'خيام عائلية للاستجابة لفيضان Tarvik',
  },
  'Escort for water trucking to Kell villages': {
    fr: 'Escorte pour l’approvisionnement en eau par camion des villages de Kell',
    ar: 'مرافقة لنقل المياه بالشاحنات إلى قرى Kell',
  },
  'Covered storage at FOB North for seed stock': {
    fr: 'Stockage couvert à la FOB Nord pour le stock de semences',
    ar: 'تخزين مسقوف في القاعدة الأمامية الشمالية لمخزون البذور',
  },
  'Road and market conditions, Tarvik – Kell': {
    fr: 'État des routes et des marchés, Tarvik – Kell',
    ar: 'أحوال الطرق والأسواق، Tarvik – Kell',
  },
  'Storage at the Aster Falls hub for engineer stores': {
    fr: 'Stockage au hub d’Aster Falls pour le matériel du génie',
    ar: 'تخزين في مركز Aster Falls لمعدات الهندسة',
  },
  'Generator for the Tarvik clinic': { fr: 'Groupe électrogène pour le centre de santé de Tarvik', ar: 'مولّد لعيادة Tarvik' },
  'Airlift of donor assessment team': {
    fr: 'Transport aérien de l’équipe d’évaluation du donateur',
    ar: 'نقل جوي لفريق تقييم المانح',
  },
  'Forklift at the Aster Falls hub': { fr: 'Chariot élévateur au hub d’Aster Falls', ar: 'رافعة شوكية في مركز Aster Falls' },
  'Two trucks from the convoy troop': { fr: 'Deux camions du peloton de convoi', ar: 'شاحنتان من فصيلة القوافل' },
  'Received in full, thank you': { fr: 'Reçu en totalité, merci', ar: 'استُلم كاملًا، شكرًا' },
  'First of three deliveries': { fr: 'Première de trois livraisons', ar: 'الأولى من ثلاث دفعات تسليم' },
  '60 tents: 40 stay in the contingency stock for the sector': {
    fr: '60 tentes : 40 restent dans le stock de contingence du secteur',
    ar: '60 خيمة: تبقى 40 في مخزون الطوارئ للقطاع',
  },
  'The gorge road was assessed as permissive; the UN security focal point advises no escort.': {
    fr: 'La route des gorges a été jugée permissive ; le point focal sécurité de l’ONU déconseille l’escorte.',
    ar: 'قُيّم طريق الوادي بأنه آمن نسبيًا؛ ويوصي منسق الأمن الأممي بعدم المرافقة.',
  },
  'From the engineer company’s spares': { fr: 'Pris sur les rechanges de la compagnie du génie', ar: 'من قطع غيار سرية الهندسة' },
  'The road reopened; the team travels with UNHLS': {
    fr: 'La route a rouvert ; l’équipe voyage avec l’UNHLS',
    ar: 'أُعيد فتح الطريق؛ يسافر الفريق مع UNHLS',
  },
  // Contacts' roles
  'Officer commanding, logistics': { fr: 'Commandant d’unité, logistique', ar: 'الضابط الآمر، الإمداد' },
  'Warehouse manager, FOB North': { fr: 'Chef d’entrepôt, FOB Nord', ar: 'مدير المستودع، القاعدة الأمامية الشمالية' },
  'Convoy commander': { fr: 'Chef de convoi', ar: 'قائد القافلة' },
  'Officer commanding': { fr: 'Commandant d’unité', ar: 'الضابط الآمر' },
  'Plant and water-drilling section': { fr: 'Section engins et forage', ar: 'قسم المعدات وحفر الآبار' },
  'Senior medical officer': { fr: 'Médecin-chef', ar: 'كبير الأطباء' },
  'Pharmacy and cold chain': { fr: 'Pharmacie et chaîne du froid', ar: 'الصيدلية وسلسلة التبريد' },
  'Logistics coordinator, Sector North': { fr: 'Coordinateur logistique, secteur Nord', ar: 'منسق الإمداد، القطاع الشمالي' },
  'Transit hub manager, Aster Falls': { fr: 'Responsable du hub de transit, Aster Falls', ar: 'مدير مركز العبور، Aster Falls' },
  'Country logistics manager': { fr: 'Responsable logistique pays', ar: 'مدير الإمداد القُطري' },
  'Warehouse officer, Tarvik': { fr: 'Magasinier, Tarvik', ar: 'مسؤول المستودع، Tarvik' },
  'WASH programme manager': { fr: 'Responsable du programme EHA', ar: 'مدير برنامج المياه والصرف الصحي' },
  'Logistics and water trucking officer': {
    fr: 'Chargé de logistique et d’approvisionnement en eau par camion',
    ar: 'مسؤول الإمداد ونقل المياه بالشاحنات',
  },
  'Executive director': { fr: 'Directeur exécutif', ar: 'المدير التنفيذي' },
  'Distribution point supervisor, Kallen': { fr: 'Superviseur du point de distribution, Kallen', ar: 'مشرف نقطة التوزيع، Kallen' },
  'District commissioner': { fr: 'Commissaire de district', ar: 'مفوض المقاطعة' },
  'Disaster management focal point': { fr: 'Point focal gestion des catastrophes', ar: 'منسق إدارة الكوارث' },
  'Fleet dispatcher': { fr: 'Répartiteur de flotte', ar: 'موزّع الأسطول' },
  'Humanitarian programme officer, Vireland': {
    fr: 'Chargé de programme humanitaire, Vireland',
    ar: 'مسؤول البرامج الإنسانية، Vireland',
  },
  // Organisations' notes
  'Runs the FOB North warehouse, fuel point and convoy troop for Sector North.': {
    fr: 'Gère l’entrepôt de la FOB Nord, le point carburant et le peloton de convoi du secteur Nord.',
    ar: 'يدير مستودع القاعدة الأمامية الشمالية ونقطة الوقود وفصيلة القوافل في القطاع الشمالي.',
  },
  'Route repair, bridging and well drilling in Sector North; co-located at FOB North.': {
    fr: 'Réparation des routes, franchissement et forage de puits dans le secteur Nord ; colocalisée à la FOB Nord.',
    ar: 'إصلاح الطرق والجسور وحفر الآبار في القطاع الشمالي؛ متمركزة في القاعدة الأمامية الشمالية.',
  },
  'Role 2 medical facility at FOB North; holds the sector cold chain for vaccines.': {
    fr: 'Structure médicale de rôle 2 à la FOB Nord ; tient la chaîne du froid des vaccins du secteur.',
    ar: 'منشأة طبية من المستوى 2 في القاعدة الأمامية الشمالية؛ تتولى سلسلة تبريد اللقاحات للقطاع.',
  },
  'Common transport and storage service for the humanitarian community; runs the Aster Falls transit hub.': {
    fr: 'Service commun de transport et de stockage pour la communauté humanitaire ; gère le hub de transit d’Aster Falls.',
    ar: 'خدمة نقل وتخزين مشتركة للمجتمع الإنساني؛ تدير مركز العبور في Aster Falls.',
  },
  'Food assistance and shelter; main warehouse in Tarvik.': {
    fr: 'Assistance alimentaire et abris ; entrepôt principal à Tarvik.',
    ar: 'المساعدات الغذائية والإيواء؛ المستودع الرئيسي في Tarvik.',
  },
  'Water trucking, latrines and hygiene promotion; warehouse in Morrow.': {
    fr: 'Approvisionnement en eau par camion, latrines et promotion de l’hygiène ; entrepôt à Morrow.',
    ar: 'نقل المياه بالشاحنات والمراحيض والتوعية بالنظافة؛ مستودع في Morrow.',
  },
  'National NGO; runs distributions at Kallen camp for HHI and WWB.': {
    fr: 'ONG nationale ; assure les distributions au camp de Kallen pour HHI et WWB.',
    ar: 'منظمة غير حكومية وطنية؛ تتولى التوزيع في مخيم Kallen لصالح HHI وWWB.',
  },
  'Local authority for Tarvik district (VR0101); chairs the district coordination meeting.': {
    fr: 'Autorité locale du district de Tarvik (VR0101) ; préside la réunion de coordination du district.',
    ar: 'السلطة المحلية لمقاطعة Tarvik (VR0101)؛ ترأس اجتماع التنسيق في المقاطعة.',
  },
  'Commercial truckers (12 trucks, 10–20 t); the first civilian option before asking for military transport.': {
    fr: 'Transporteurs commerciaux (12 camions, 10–20 t) ; la première option civile avant de demander un transport militaire.',
    ar: 'ناقلون تجاريون (12 شاحنة، 10–20 طنًا)؛ الخيار المدني الأول قبل طلب النقل العسكري.',
  },
  'Donor: funds HHI food assistance and WWB water programmes in Sector North.': {
    fr: 'Donateur : finance l’assistance alimentaire de HHI et les programmes eau de WWB dans le secteur Nord.',
    ar: 'مانح: يموّل المساعدات الغذائية لـHHI وبرامج المياه لـWWB في القطاع الشمالي.',
  },
};

/** A demo text in the language the demo is being loaded in (English, or as written when it has no translation). */
export function demoText(en: string): string {
  const language = messageLanguage();
  return language === 'en' ? en : (DEMO_TEXTS[en]?.[language] ?? en);
}

/** An operation's input with every demo text in it worded in the loading language (codes, ids and names untouched). */
export function inDemoLanguage<T>(value: T): T {
  if (typeof value === 'string') return demoText(value) as T;
  if (Array.isArray(value)) return value.map(inDemoLanguage) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inDemoLanguage(v)])) as T;
  }
  return value;
}
