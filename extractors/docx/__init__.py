"""DOCX: a safe walk of the WordprocessingML package (``extract.extract_docx``)."""
