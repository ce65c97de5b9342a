"""The publish stages: TEI → the static HTML edition and the PDF edition.

``transform`` (one Saxon processor, stylesheets compiled once), ``html`` (the site and its
search index), ``pdf`` (WeasyPrint: a PDF/A-3b per text and the volume), ``fonts`` (Vazirmatn).
"""
