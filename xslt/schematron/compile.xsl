<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr: ISO Schematron (ISO/IEC 19757-3:2016) → XSLT 3.0 compiler.

  Input: an ISO Schematron schema (queryBinding xslt2, xslt3 or absent). Output: an XSLT 3.0
  stylesheet that, applied to a document, writes SVRL (ISO/IEC 19757-3 Annex D) with one
  svrl:failed-assert / svrl:successful-report per finding. Supported: sch:ns, sch:let (schema,
  pattern and rule level), sch:pattern, sch:rule (first matching rule per pattern wins, §6.5),
  abstract rules and sch:extends, sch:assert, sch:report, sch:name, sch:value-of, @role, @id,
  top-level xsl:function and xsl:key. sch:include and abstract patterns (@is-a) are expanded
  before this stylesheet sees the schema (nashr.validate.schematron.expand). Phases other than
  #ALL are not supported.

  Each pattern runs in its own mode over the whole document (attributes included), as ISO
  Schematron requires: a node may fire one rule in every pattern.

  Dates: every call of current-date() / current-dateTime() in the schema's expressions is replaced
  by the parameter $nashr:today (an xs:date the caller sets), so a verdict never depends on the day
  the check runs (the validUntil deprecation rules of TEI are the motivating case).

  Locations: svrl:*/@location is a positional path of elements, /*[1]/*[2]/…, which lxml and
  any XPath 1.0 engine can evaluate on the same document.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:axsl="urn:nashr:alias:xsl"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:nashr="urn:nashr:schematron"
    exclude-result-prefixes="sch xs">

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>
  <xsl:output method="xml" indent="no"/>

  <xsl:template match="/">
    <xsl:apply-templates select="sch:schema"/>
  </xsl:template>

  <xsl:function name="nashr:expr" as="xs:string">
    <xsl:param name="expression" as="xs:string"/>
    <xsl:sequence select="replace(replace($expression, 'current-date\(\s*\)', '\$nashr:today'),
                          'current-dateTime\(\s*\)', 'xs:dateTime(\$nashr:today)')"/>
  </xsl:function>

  <!-- A string written into an attribute of a literal result element of the generated
       stylesheet, where braces would start an attribute value template. -->
  <xsl:function name="nashr:literal" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="replace(replace(string($text), '\{', '{{'), '\}', '}}')"/>
  </xsl:function>

  <xsl:template match="sch:schema">
    <axsl:stylesheet version="3.0">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="@uri"/>
      </xsl:for-each>
      <xsl:namespace name="xs" select="'http://www.w3.org/2001/XMLSchema'"/>
      <axsl:param name="nashr-today" as="xs:string" select="'2025-09-04'"/>
      <axsl:variable name="nashr:today" as="xs:date" select="xs:date($nashr-today)"/>
      <xsl:copy-of select="xsl:function | xsl:key"/>
      <xsl:apply-templates select="sch:let" mode="global"/>
      <axsl:function name="nashr:location" as="xs:string">
        <axsl:param name="node" as="node()"/>
        <axsl:sequence select="string-join(for $e in $node/ancestor-or-self::* return
          concat('/*[', count($e/preceding-sibling::*) + 1, ']'), '')"/>
      </axsl:function>
      <axsl:template match="/">
        <svrl:schematron-output>
          <xsl:for-each select="sch:pattern">
            <svrl:active-pattern id="{(@id, concat('pattern-', position()))[1]}"/>
            <axsl:apply-templates select="/" mode="p{position()}"/>
          </xsl:for-each>
        </svrl:schematron-output>
      </axsl:template>
      <xsl:for-each select="sch:pattern">
        <xsl:variable name="mode" select="concat('p', position())"/>
        <xsl:variable name="pattern" select="."/>
        <!-- the nodes each step of the walk visits: elements alone where no rule of the pattern
             can match anything else (nashr.validate.schematron.mark_element_patterns) -->
        <xsl:variable name="walk" select="if (@nashr:elements-only = 'true') then '*' else '@*|node()'"/>
        <xsl:for-each select="sch:rule[not(@abstract = 'true')]">
          <axsl:template match="{nashr:expr(@context)}" mode="{$mode}" priority="{1000 - position()}">
            <xsl:apply-templates select="$pattern/sch:let, sch:let" mode="local"/>
            <xsl:apply-templates select="sch:assert | sch:report | sch:extends">
              <xsl:with-param name="pattern" select="$pattern" tunnel="yes"/>
            </xsl:apply-templates>
            <axsl:apply-templates select="{$walk}" mode="{$mode}"/>
          </axsl:template>
        </xsl:for-each>
        <axsl:template match="@*|node()|document-node()" mode="{$mode}" priority="-10">
          <axsl:apply-templates select="{$walk}" mode="{$mode}"/>
        </axsl:template>
      </xsl:for-each>
    </axsl:stylesheet>
  </xsl:template>

  <xsl:template match="sch:let" mode="global">
    <axsl:variable name="{@name}" select="{nashr:expr((@value, '.')[1])}"/>
  </xsl:template>

  <xsl:template match="sch:let" mode="local">
    <axsl:variable name="{@name}" select="{nashr:expr((@value, '.')[1])}"/>
  </xsl:template>

  <xsl:template match="sch:extends">
    <xsl:variable name="name" select="@rule"/>
    <xsl:apply-templates select="ancestor::sch:schema//sch:rule[@abstract = 'true'][@id = $name]
                                 /(sch:assert | sch:report)"/>
  </xsl:template>

  <xsl:template match="sch:assert | sch:report">
    <xsl:param name="pattern" tunnel="yes"/>
    <xsl:variable name="test" select="nashr:expr(@test)"/>
    <axsl:if test="{if (self::sch:assert) then concat('not(', $test, ')') else $test}">
      <xsl:element name="{if (self::sch:assert) then 'svrl:failed-assert' else 'svrl:successful-report'}"
                   namespace="http://purl.oclc.org/dsdl/svrl">
        <xsl:attribute name="test" select="nashr:literal(@test)"/>
        <xsl:if test="@role"><xsl:attribute name="role" select="nashr:literal(@role)"/></xsl:if>
        <xsl:attribute name="id" select="nashr:literal((@id, ../@id, $pattern/@id)[1])"/>
        <axsl:attribute name="location" select="nashr:location(.)"/>
        <svrl:text><xsl:apply-templates select="node()" mode="message"/></svrl:text>
      </xsl:element>
    </axsl:if>
  </xsl:template>

  <xsl:template match="sch:name" mode="message">
    <axsl:value-of select="name({nashr:expr((@path, '.')[1])})"/>
  </xsl:template>

  <xsl:template match="sch:value-of" mode="message">
    <axsl:value-of select="{nashr:expr(@select)}"/>
  </xsl:template>

  <xsl:template match="text()" mode="message">
    <xsl:copy/>
  </xsl:template>

  <xsl:template match="*" mode="message">
    <xsl:apply-templates select="node()" mode="message"/>
  </xsl:template>
</xsl:stylesheet>
