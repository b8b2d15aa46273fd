"""PDF: pdfplumber/pdfminer pages -> tables and text blocks (``extract.extract_pdf``)."""
