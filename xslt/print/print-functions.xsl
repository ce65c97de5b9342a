<?xml version="1.0" encoding="UTF-8"?>
<!--
  Functions only the print edition needs: strings between isolates (p:isolated), anchor ids of entity occurrences (the same function in
  the texts' pass and in their summaries for the index, volume-summary.xsl, so the index finds the pages of the anchors the texts carry),
  the Persian alphabetical sort key for the index, authors for the PDF metadata.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:n="urn:nashr:xslt"
    xmlns:p="urn:nashr:print"
    exclude-result-prefixes="#all">

  <!-- p:text-id($node): the id of the text a node belongs to (TEI/@xml:id, else 'text'). -->
  <xsl:function name="p:text-id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string(($node/ancestor-or-self::tei:TEI[1]/@xml:id, 'text')[1])"/>
  </xsl:function>

  <!-- p:occurrence-id($name): anchor id of an entity occurrence, '{text id}.x{N}' with N its
       position among the text's persName, orgName and placeName elements. -->
  <xsl:function name="p:occurrence-id" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="n">
      <xsl:number select="$name" level="any" from="tei:TEI"
          count="tei:persName | tei:orgName | tei:placeName"/>
    </xsl:variable>
    <xsl:sequence select="p:text-id($name) || '.x' || $n"/>
  </xsl:function>

  <!-- p:isolated($text): $text between Unicode isolates (UAX #9 §2.7: LRI or RLI by its script,
       n:script-dir; FSI on a tie; PDI after), for strings CSS prints without markup (the running
       head, string-set from @data-title): WeasyPrint ignores unicode-bidi, so a bdi would not do.
       Print output only: the TEI never holds these characters. -->
  <xsl:function name="p:isolated" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="dir" select="n:script-dir($text)"/>
    <xsl:sequence select="(if ($dir = 'ltr') then '&#x2066;' else if ($dir = 'rtl') then '&#x2067;' else '&#x2068;')
      || $text || '&#x2069;'"/>
  </xsl:function>

  <!-- p:authors($tei): titleStmt/author names, for the PDF metadata. -->
  <xsl:function name="p:authors" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author ! n:plain(.)"/>
  </xsl:function>
</xsl:stylesheet>
