<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr print edition: every parameter in one place. All are set from Python (src/nashr/pdf.py)
  by name. Parameters shared with HTML (ui-lang, registers) are declared in ../common/common.xsl;
  messages (all UI strings, HTML and print) is ../common/messages.xml, declared in common.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:m="urn:nashr:messages"
    exclude-result-prefixes="#all">

  <!-- Edition metadata from edition.toml as a JSON object: the fields of nashr.config.Edition
       (title, title_en, description, publisher, licence, licence_url, contact, date, language,
       editors: [{name, role}]). -->
  <xsl:param name="edition-json" as="xs:string" select="'{}'"/>
  <xsl:variable name="edition" as="map(*)" select="parse-json($edition-json)"/>

  <!-- Build date, ISO 8601 YYYY-MM-DD: SOURCE_DATE_EPOCH's day, never the clock; '' when it is not
       set (the colophon's «built on», said only then). The publication date is $edition?date. -->
  <xsl:param name="build-date" as="xs:string" select="''"/>
  <xsl:param name="nashr-version" as="xs:string" select="''"/>

  <!-- The volume: the TEI texts of the part being printed (volume.xsl), or whose summaries are
       made (volume-summary.xsl); the texts' summaries in the volume's order, for its ends (the
       title page and contents, volume.xsl; the index, back-matter.xsl). -->
  <xsl:param name="texts" as="document-node()*" select="()"/>
  <xsl:param name="summaries" as="document-node()?" select="()"/>

  <!-- The volume's contents and index: anchor id → page number (a JSON object) from the layout
       of the texts' parts, and what a link into another part starts with (the href is this and
       the anchor; nashr.publish.volume makes it a link to the named destination). -->
  <xsl:param name="anchor-pages-json" as="xs:string" select="'{}'"/>
  <xsl:variable name="anchor-pages" as="map(*)" select="parse-json($anchor-pages-json)"/>
  <xsl:param name="part-link" as="xs:string" select="'#'"/>

</xsl:stylesheet>
