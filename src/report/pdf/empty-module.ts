// Stands in for optional jsPDF dependencies (html2canvas, canvg, dompurify) that the app never uses.
export default {};
