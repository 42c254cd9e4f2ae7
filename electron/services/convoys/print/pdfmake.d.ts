// pdfmake 0.3 ships no types for its Node build; pdf.ts states the little it uses (PdfMake).
declare module 'pdfmake';
