<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr metadata: the edition (its teiCorpus, see corpus.xsl) → a DataCite Metadata Schema 4
  record (kernel-4, http://schema.datacite.org/meta/kernel-4/; properties as in DataCite
  Metadata Schema 4.6 documentation).

  Property ← source:
    identifier (URL)           [edition] base_url. The edition has no DOI before a repository
                               mints one; kernel 4.6 allows any identifierType, and the DOI
                               replaces the URL when the record is registered.
    creators                   [[edition.editors]] names (the creators of the edition; the
                               texts' own authors are in each text's Dublin Core record)
    titles                     [edition] title (xml:lang = language), title_en (TranslatedTitle)
    publisher                  [edition] publisher
    publicationYear            year of [edition] date
    resourceType               Collection / "TEI edition"
    subjects                   distinct textClass/keywords/term of the texts
    dates                      Issued = [edition] date; Created = earliest/latest nm:date of the
                               texts (RKMS-ISO8601 range "from/to" when they differ)
    language                   [edition] language
    sizes, formats             number of texts; TEI, HTML, PDF media types
    rightsList                 [edition] licence, licence_url, SPDX id (nm:spdx)
    descriptions               [edition] description (Abstract; xml:lang = language when in
                               Arabic script, else en)
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:nm="urn:nashr:metadata"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns="http://datacite.org/schema/kernel-4"
  exclude-result-prefixes="#all">

  <xsl:include href="params.xsl"/>
  <xsl:include href="functions.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/tei:teiCorpus">
    <xsl:variable name="texts" select="tei:TEI"/>
    <xsl:variable name="dates" select="sort($texts ! nm:date(.))"/>
    <xsl:variable name="spdx" select="nm:spdx($ed/licence)"/>
    <resource xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4/metadata.xsd">
      <identifier identifierType="URL"><xsl:value-of select="$ed/base_url"/></identifier>
      <creators>
        <xsl:for-each select="$ed/editor">
          <creator><creatorName><xsl:value-of select="@name"/></creatorName></creator>
        </xsl:for-each>
      </creators>
      <titles>
        <title xml:lang="{$ed/language}"><xsl:value-of select="$ed/title"/></title>
        <xsl:if test="normalize-space($ed/title_en)">
          <title xml:lang="en" titleType="TranslatedTitle"><xsl:value-of select="$ed/title_en"/></title>
        </xsl:if>
      </titles>
      <publisher><xsl:value-of select="$ed/publisher"/></publisher>
      <publicationYear><xsl:value-of select="substring($ed/date, 1, 4)"/></publicationYear>
      <resourceType resourceTypeGeneral="Collection">TEI edition</resourceType>
      <xsl:variable name="terms" select="distinct-values($texts/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term ! normalize-space(.))"/>
      <xsl:if test="exists($terms)">
        <subjects>
          <xsl:for-each select="sort($terms)">
            <subject><xsl:value-of select="."/></subject>
          </xsl:for-each>
        </subjects>
      </xsl:if>
      <dates>
        <date dateType="Issued"><xsl:value-of select="$ed/date"/></date>
        <xsl:if test="exists($dates)">
          <date dateType="Created">
            <xsl:value-of select="string-join(distinct-values(($dates[1], $dates[last()])), '/')"/>
          </date>
        </xsl:if>
      </dates>
      <language><xsl:value-of select="$ed/language"/></language>
      <sizes><size><xsl:value-of select="count($texts)"/> texts</size></sizes>
      <formats>
        <format>application/tei+xml</format>
        <format>text/html</format>
        <format>application/pdf</format>
      </formats>
      <rightsList>
        <rights xml:lang="en" rightsURI="{$ed/licence_url}">
          <xsl:if test="exists($spdx)">
            <xsl:attribute name="rightsIdentifier" select="$spdx"/>
            <xsl:attribute name="rightsIdentifierScheme" select="'SPDX'"/>
            <xsl:attribute name="schemeURI" select="'https://spdx.org/licenses/'"/>
          </xsl:if>
          <xsl:value-of select="$ed/licence"/>
        </rights>
      </rightsList>
      <descriptions>
        <!-- in the edition's language when written in its script (a character of Unicode's Arabic
             block, U+0600–U+06FF, as Persian is), else in English; a range, not \p{IsArabic}: SaxonC
             prints a line for each Unicode block it loads for that -->
        <description xml:lang="{if (matches($ed/description, '[&#x600;-&#x6FF;]')) then $ed/language else 'en'}"
          descriptionType="Abstract"><xsl:value-of select="$ed/description"/></description>
      </descriptions>
    </resource>
  </xsl:template>
</xsl:stylesheet>
