<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the entry stylesheet (imports and includes only).

  Run by nashr.publish.html through nashr.publish.transform, compiled once per process:
    - a text page:      transform a TEI text (match "/"), parameters in params.xsl;
    - its summary:      call n:summary with text = the TEI text (summary.xsl), for the shared pages;
    - its navigation:   call n:text-nav with previous and next;
    - the site pages:   call the named templates n:index, n:about, n:search, n:register (one
                        register's page: register-name) and n:register-entry-page (one entry's
                        page: register-name, entry-key), each with summaries = its part of the
                        texts' summaries (nashr.publish.summaries; the about page: declared-text).
  Behaviours shared with print come from ../common/common.xsl; behaviours-html.xsl overrides
  the ones the web edition renders differently (links, cards, reading toggle, permalinks).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  exclude-result-prefixes="#all">
  <xsl:import href="../common/common.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="behaviours-html.xsl"/>
  <xsl:include href="search.xsl"/>
  <xsl:include href="header-view.xsl"/>
  <xsl:include href="document.xsl"/>
  <xsl:include href="summary.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="registers.xsl"/>
  <xsl:include href="about.xsl"/>
  <!-- the text being transformed counts its notes (n:note-index, an accumulator) -->
  <xsl:mode use-accumulators="#all"/>
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
</xsl:stylesheet>
