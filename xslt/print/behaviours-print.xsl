<?xml version="1.0" encoding="UTF-8"?>
<!--
  Behaviours the print edition renders differently from ../common/behaviours.xsl (the mapping of
  TEI elements to behaviours stays in ../common/mapping.xsl):
    n:entity     carries the anchor id the index points at (p:occurrence-id);
    n:alternate  a correction (sic/corr) prints the corrected reading with the source reading in
                 a footnote; a normalisation (orig/reg) and an abbreviation print the source form;
    n:note       a footnote (CSS float: footnote);
    n:link       only web and mail addresses stay links (a PDF has no site to link into); other
                 targets print their content.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:n="urn:nashr:xslt"
    xmlns:p="urn:nashr:print"
    exclude-result-prefixes="#all">

  <xsl:template name="n:entity">
    <xsl:param name="register" as="xs:string" select="n:register(.)"/>
    <xsl:param name="key" as="xs:string" select="n:ref-key(@ref)"/>
    <xsl:param name="class" as="xs:string?" select="string-join(('entity', $register), ' ')"/>
    <span id="{p:occurrence-id(.)}" class="{$class}" data-key="{$key}">
      <xsl:sequence select="n:lang-attributes(.)"/>
      <xsl:apply-templates mode="n:text"/>
    </span>
  </xsl:template>

  <xsl:template name="n:alternate">
    <xsl:param name="diplomatic" as="element()*" select="()"/>
    <xsl:param name="normalised" as="element()*" select="()"/>
    <xsl:param name="kind" as="xs:string" select="'sic'"/>
    <xsl:choose>
      <xsl:when test="$kind = 'sic' and exists($normalised)">
        <span class="corr"><xsl:apply-templates select="$normalised/node()" mode="n:text"/></span>
        <span class="fn correction"><xsl:value-of select="n:msg('sic-label', n:plain($diplomatic))"/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="($diplomatic, $normalised)[1]/node()" mode="n:text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="n:note">
    <xsl:param name="class" as="xs:string?" select="string-join(('fn', 'note', @type), ' ')"/>
    <span class="{$class}">
      <xsl:sequence select="n:lang-attributes(.)"/>
      <xsl:apply-templates mode="n:text"/>
    </span>
  </xsl:template>

  <xsl:template name="n:link">
    <xsl:param name="href" as="xs:string" select="string(@target)"/>
    <xsl:param name="class" as="xs:string?" select="'tei-' || local-name()"/>
    <xsl:element name="{if (matches($href, '^(https?|mailto):')) then 'a' else 'span'}">
      <xsl:if test="matches($href, '^(https?|mailto):')"><xsl:attribute name="href" select="$href"/></xsl:if>
      <xsl:call-template name="n:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:apply-templates mode="n:text"/>
      <xsl:if test="self::tei:ptr"><bdi dir="ltr"><xsl:value-of select="$href"/></bdi></xsl:if>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
