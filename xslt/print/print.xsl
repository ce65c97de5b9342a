<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr print edition: the entry stylesheet (imports and includes only). XSLT 3.0 → HTML for
  paged media, laid out by WeasyPrint with print.css. Run by src/nashr/pdf.py through
  src/nashr/transform.py, compiled once per process. Entry points:
    - one text:      transform a TEI text (match "/") → HTML of a single-text PDF;
    - the volume, printed in parts (volume.xsl): p:volume-summaries ($texts → each text's
                     summary, volume-summary.xsl: its order key, title and names),
                     p:front-matter ($summaries, $anchor-pages-json → title page and contents),
                     p:volume-texts ($texts: one part's texts);
    - back matter:   call p:back-matter with $summaries, $anchor-pages-json → index of persons,
                     organisations and places with page numbers, and the colophon.
  The TEI → behaviour mapping is ../common/ (shared with HTML); behaviours-print.xsl overrides
  the behaviours paged media renders differently.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">
  <xsl:import href="../common/common.xsl"/>
  <xsl:include href="print-params.xsl"/>
  <xsl:include href="print-functions.xsl"/>
  <xsl:include href="behaviours-print.xsl"/>
  <xsl:include href="document.xsl"/>
  <xsl:include href="volume.xsl"/>
  <xsl:include href="volume-summary.xsl"/>
  <xsl:include href="back-matter.xsl"/>
  <!-- the text being transformed counts its notes (n:note-index, an accumulator) -->
  <xsl:mode use-accumulators="#all"/>
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
</xsl:stylesheet>
