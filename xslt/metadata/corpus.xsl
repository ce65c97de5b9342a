<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr metadata: every text of the edition under one corpus header, as a TEI teiCorpus
  (TEI Guidelines 15.1 "Varieties of Composite Text"; 2.1.1 for the header).

  Call the named template nm:corpus (no source document) with:
    texts       document-node()*  the TEI texts, each parsed with its base URI (the file they
                                  are read from, inside tei/texts/); the corpus is written
                                  beside that directory (tei/corpus.xml).
    xml-models  xs:string         the pseudo-attributes of the <?xml-model?> processing
                                  instructions to put before <teiCorpus>, one per line.

  Each TEI element is copied whole with xml:base="texts/<file>", so the relative pointers in it
  (ref="../registers/persons.xml#…") still resolve from the corpus (XML Base 1.1 §4).
  xml:ids must be unique in the corpus (W3C xml:id 1.0), but every text declares the same
  calendars ("jalali", "gregorian") and responsible party ("nashr"): an xml:id used by more than
  one text becomes "<file stem>.<id>" in each copy, and the same-document pointers to it
  ("#jalali" in any attribute) are rewritten to match. Other ids are kept as they are.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:nm="urn:nashr:metadata"
  xmlns="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="params.xsl"/>
  <xsl:include href="functions.xsl"/>

  <xsl:param name="texts" as="document-node()*" select="()"/>
  <xsl:param name="xml-models" as="xs:string" select="''"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template name="nm:corpus">
    <xsl:for-each select="tokenize($xml-models, '\n')[normalize-space()]">
      <xsl:text>&#10;</xsl:text>
      <xsl:processing-instruction name="xml-model" select="normalize-space(.)"/>
    </xsl:for-each>
    <xsl:text>&#10;</xsl:text>
    <teiCorpus xml:lang="{$ed/language}">
      <xsl:text>&#10;</xsl:text>
      <xsl:call-template name="nm:corpus-header"/>
      <xsl:for-each select="$texts">
        <xsl:text>&#10;</xsl:text>
        <xsl:for-each select="tei:TEI">
          <xsl:copy>
            <xsl:attribute name="xml:base" select="'texts/' || tokenize(base-uri(.), '/')[last()]"/>
            <xsl:apply-templates select="@* except @xml:base, node()" mode="nm:corpus-copy">
              <xsl:with-param name="stem" select="nm:stem(base-uri(.))" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:copy>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:text>&#10;</xsl:text>
    </teiCorpus>
  </xsl:template>

  <!-- xml:ids that occur in more than one text -->
  <xsl:variable name="shared-ids" as="xs:string*"
    select="let $ids := $texts ! distinct-values(.//@xml:id ! string(.))
            return distinct-values($ids[count(index-of($ids, .)) gt 1])"/>

  <xsl:mode name="nm:corpus-copy" on-no-match="shallow-copy"/>

  <xsl:template match="@xml:id[. = $shared-ids]" mode="nm:corpus-copy">
    <xsl:param name="stem" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="xml:id" select="$stem || '.' || ."/>
  </xsl:template>

  <!-- pointers (teidata.pointer lists) to a renamed id -->
  <xsl:template match="@*[some $t in tokenize(.) satisfies substring($t, 2) = $shared-ids and starts-with($t, '#')]"
      mode="nm:corpus-copy" priority="-0.1">
    <xsl:param name="stem" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="{name()}" namespace="{namespace-uri()}"
      select="string-join(tokenize(.) ! (if (starts-with(., '#') and substring(., 2) = $shared-ids)
                                          then '#' || $stem || '.' || substring(., 2) else .), ' ')"/>
  </xsl:template>

  <xsl:template name="nm:corpus-header">
    <teiHeader>
      <fileDesc>
        <titleStmt>
          <title type="main"><xsl:value-of select="$ed/title"/></title>
          <xsl:if test="normalize-space($ed/title_en)">
            <title type="main" xml:lang="en"><xsl:value-of select="$ed/title_en"/></title>
          </xsl:if>
          <xsl:for-each select="$ed/editor">
            <respStmt xml:lang="en"><resp><xsl:value-of select="@role"/></resp><name><xsl:value-of select="@name"/></name></respStmt>
          </xsl:for-each>
        </titleStmt>
        <extent><measure unit="texts" quantity="{count($texts)}"><xsl:value-of select="count($texts)"/> texts</measure></extent>
        <publicationStmt>
          <publisher><xsl:value-of select="$ed/publisher"/></publisher>
          <date when="{$ed/date}"><xsl:value-of select="$ed/date"/></date>
          <availability>
            <licence target="{$ed/licence_url}"><xsl:value-of select="$ed/licence"/></licence>
          </availability>
          <xsl:if test="normalize-space($ed/base_url)">
            <idno type="URI"><xsl:value-of select="$ed/base_url"/></idno>
          </xsl:if>
        </publicationStmt>
        <sourceDesc>
          <listBibl>
            <xsl:for-each select="$texts ! tei:TEI">
              <bibl>
                <title><xsl:value-of select="nm:title(.)"/></title>
                <xsl:for-each select="nm:date(.)"><date when="{.}"/></xsl:for-each>
                <ptr target="{'texts/' || tokenize(base-uri(.), '/')[last()]}"/>
              </bibl>
            </xsl:for-each>
          </listBibl>
        </sourceDesc>
      </fileDesc>
      <encodingDesc>
        <projectDesc xml:lang="en"><p><xsl:value-of select="$ed/description"/></p></projectDesc>
        <appInfo><application ident="nashr" version="{$nashr-version}"><label>nashr</label></application></appInfo>
      </encodingDesc>
      <profileDesc>
        <langUsage><language ident="{$ed/language}"/></langUsage>
      </profileDesc>
    </teiHeader>
  </xsl:template>
</xsl:stylesheet>
