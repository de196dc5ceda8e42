"""Reports in and out of the app: text and Word import, DOCX/XLSX/PDF export, report packages."""
