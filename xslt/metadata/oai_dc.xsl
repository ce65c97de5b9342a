<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr metadata: one TEI text → its Dublin Core record in the OAI-PMH oai_dc format
  (OAI-PMH 2.0 §"Dublin Core", schema http://www.openarchives.org/OAI/2.0/oai_dc.xsd: the 15
  elements of DCMES 1.1, each optional and repeatable, in any order).

  Source → element:
    titleStmt/title (main)                       dc:title (xml:lang of the text)
    titleStmt/author, titleStmt/editor           dc:creator (xml:lang when in the Arabic script)
    [[edition.editors]] names not creators       dc:contributor (nashr build writes the editors
                                                   into every text's titleStmt: said once)
    textClass/keywords/term                      dc:subject
    publicationStmt/publisher                    dc:publisher
    profileDesc/creation/date (nm:date)          dc:date (W3CDTF)
    (fixed) Text / application/tei+xml           dc:type (DCMI Type Vocabulary) / dc:format
    publicationStmt/idno (type URI first, as DCMI
      recommends an identifier of a formal system),
      else TEI/@xml:id                           dc:identifier
    sourceDesc/biblStruct/monogr (nm:source)     dc:source
    langUsage/language/@ident, else TEI/@xml:lang dc:language
    [edition] base_url                           dc:relation (the edition it is part of)
    availability/licence (text and @target)      dc:rights (name, then URI)
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:nm="urn:nashr:metadata"
  xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  exclude-result-prefixes="#all">

  <xsl:include href="params.xsl"/>
  <xsl:include href="functions.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/tei:TEI">
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="lang" select="string((@xml:lang, $ed/language)[1])"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:namespace name="dc" select="'http://purl.org/dc/elements/1.1/'"/>
      <dc:title xml:lang="{$lang}"><xsl:value-of select="nm:title(.)"/></dc:title>
      <xsl:variable name="creators" select="$header/tei:fileDesc/tei:titleStmt/(tei:author | tei:editor) ! normalize-space(.)"/>
      <xsl:for-each select="$creators">
        <!-- a name in the Arabic script (its blocks, spelt out: SaxonC prints a line for every Unicode
             block a \p{Is…} loads) is in the text's language; a Latin one is in none we know -->
        <dc:creator>
          <xsl:if test="matches(., '[&#x600;-&#x6FF;&#x750;-&#x77F;&#xFB50;-&#xFDFF;&#xFE70;-&#xFEFC;]')"><xsl:attribute name="xml:lang" select="$lang"/></xsl:if>
          <xsl:value-of select="."/>
        </dc:creator>
      </xsl:for-each>
      <xsl:for-each select="$ed/editor[not(normalize-space(@name) = $creators)]">
        <dc:contributor><xsl:value-of select="@name"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="$header/tei:profileDesc/tei:textClass/tei:keywords/tei:term">
        <dc:subject>
          <xsl:copy-of select="ancestor-or-self::*[@xml:lang][1]/@xml:lang"/>
          <xsl:value-of select="normalize-space(.)"/>
        </dc:subject>
      </xsl:for-each>
      <dc:publisher><xsl:value-of select="normalize-space(($header/tei:fileDesc/tei:publicationStmt/tei:publisher, $ed/publisher)[1])"/></dc:publisher>
      <xsl:for-each select="nm:date(.)">
        <dc:date><xsl:value-of select="."/></dc:date>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
      <xsl:variable name="idnos" select="$header/tei:fileDesc/tei:publicationStmt/tei:idno"/>
      <dc:identifier><xsl:value-of select="normalize-space(($idnos[@type = 'URI'], $idnos, @xml:id)[1])"/></dc:identifier>
      <xsl:for-each select="nm:source(.)">
        <dc:source xml:lang="{$lang}"><xsl:value-of select="."/></dc:source>
      </xsl:for-each>
      <dc:language><xsl:value-of select="($header/tei:profileDesc/tei:langUsage/tei:language/@ident, $lang)[1]"/></dc:language>
      <xsl:if test="normalize-space($ed/base_url)">
        <dc:relation><xsl:value-of select="normalize-space($ed/base_url)"/></dc:relation>
      </xsl:if>
      <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence">
        <dc:rights><xsl:value-of select="normalize-space(.)"/></dc:rights>
        <xsl:if test="@target"><dc:rights><xsl:value-of select="@target"/></dc:rights></xsl:if>
      </xsl:for-each>
    </oai_dc:dc>
  </xsl:template>
</xsl:stylesheet>
