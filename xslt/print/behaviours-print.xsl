<?xml version="1.0" encoding="UTF-8"?>
<!--
  Behaviours the print edition renders differently from ../common/behaviours.xsl (the mapping of
  TEI elements to behaviours stays in ../common/mapping.xsl):
    n:entity     carries the anchor id the index points at (p:occurrence-id);
    n:alternate  prints the default reading ($default-reading, as the HTML edition shows first);
                 for a correction (sic/corr) the other reading follows in a footnote;
    n:note       a footnote (CSS float: footnote); a call right after another is set apart, a
                 note in the other direction than the text (an English note without xml:lang)
                 is set in its own;
    n:link       only web and mail addresses stay links (a PDF has no site to link into); other
                 targets print their content;
    n:number     the number's text, in no box of its own (WeasyPrint's bidi stops at boxes).
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
    <xsl:variable name="shown" select="if ($default-reading = 'normalised') then ($normalised, $diplomatic)[1] else ($diplomatic, $normalised)[1]"/>
    <span class="{if ($shown intersect $normalised) then 'norm' else 'dipl'}"><xsl:apply-templates select="$shown/node()" mode="n:text"/></span>
    <xsl:if test="$kind = 'sic' and exists($diplomatic) and exists($normalised)">
      <span class="fn correction">
        <xsl:value-of select="if ($default-reading = 'normalised') then n:msg('sic-label', n:plain($diplomatic))
          else n:msg('corr-label', n:plain($normalised/node()))"/>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- a number's text alone (an anchor before it if it has an id): WeasyPrint orders the inline
       boxes of a line by the paragraph's direction, not by the bidi algorithm across them, so a
       box around «00» in «0:00» printed «00:0» in a right-to-left paragraph -->
  <xsl:template name="n:number">
    <xsl:if test="@xml:id"><a id="{@xml:id}"/></xsl:if>
    <xsl:apply-templates mode="n:text"/>
  </xsl:template>

  <xsl:template name="n:note">
    <xsl:param name="class" as="xs:string?" select="string-join(('fn', 'note', @type, if (n:after-note(.)) then 'after-note' else ()), ' ')"/>
    <span class="{$class}">
      <xsl:sequence select="n:lang-attributes(.), n:own-dir(.)"/>
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
