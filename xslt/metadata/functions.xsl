<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr metadata: functions shared by the crosswalks (namespace urn:nashr:metadata, prefix nm).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:nm="urn:nashr:metadata"
  exclude-result-prefixes="#all">

  <!-- nm:spdx('CC BY 4.0') = 'CC-BY-4.0': the SPDX identifier of a Creative Commons licence
       written the way creativecommons.org writes it ('CC BY-SA 4.0', 'CC0 1.0'); () for any
       other licence, which then goes out by name and URL only. -->
  <xsl:function name="nm:spdx" as="xs:string?">
    <xsl:param name="licence" as="xs:string"/>
    <xsl:variable name="name" select="normalize-space($licence)"/>
    <xsl:sequence select="if (matches($name, '^CC(0| BY(-(SA|ND|NC|NC-SA|NC-ND))?) \d\.\d$'))
                          then replace($name, ' ', '-') else ()"/>
  </xsl:function>

  <!-- nm:iso639-3('fa') = 'fas': ISO 639-3 code for the ISO 639-1 codes nashr editions use
       (Zenodo wants ISO 639-3); other values are returned unchanged. -->
  <xsl:function name="nm:iso639-3" as="xs:string">
    <xsl:param name="code" as="xs:string"/>
    <xsl:variable name="codes" as="map(xs:string, xs:string)"
      select="map { 'fa': 'fas', 'en': 'eng', 'ar': 'ara', 'ku': 'kur', 'az': 'aze',
                    'tr': 'tur', 'de': 'deu', 'fr': 'fra' }"/>
    <xsl:sequence select="($codes($code), $code)[1]"/>
  </xsl:function>

  <!-- nm:title($tei) = the main title of a TEI text (titleStmt/title[@type='main'], else the
       first title), whitespace normalised. -->
  <xsl:function name="nm:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'main'], $titles)[1])"/>
  </xsl:function>

  <!-- nm:date($tei) = when the text was written, W3CDTF (YYYY, YYYY-MM or YYYY-MM-DD):
       profileDesc/creation/date, else the source's imprint date (sourceDesc/biblStruct), each
       by @when, else @notBefore, @from, @notAfter, @to; () if none.
       TEI Guidelines 13.4 (att.datable.w3c). -->
  <xsl:function name="nm:date" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="header" select="$tei/tei:teiHeader"/>
    <xsl:variable name="date" select="($header/tei:profileDesc/tei:creation/tei:date[@when or @notBefore or @from or @notAfter or @to],
      $header/tei:fileDesc/tei:sourceDesc/tei:biblStruct/tei:monogr/tei:imprint/tei:date[@when or @notBefore or @from or @notAfter or @to])[1]"/>
    <xsl:sequence select="($date/@when, $date/@notBefore, $date/@from, $date/@notAfter, $date/@to)[1]
                          ! string(.)"/>
  </xsl:function>

  <!-- nm:source($tei) = the printed source in one line: journal title and issue
       (sourceDesc/biblStruct/monogr), e.g. «انترناسیونال ۲۱۶»; () without a biblStruct. -->
  <xsl:function name="nm:source" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="monogr" select="($tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:biblStruct/tei:monogr)[1]"/>
    <xsl:variable name="parts" select="($monogr/tei:title)[1], $monogr/tei:imprint/tei:biblScope"/>
    <xsl:sequence select="if (exists($parts)) then string-join($parts ! normalize-space(.), ' ') else ()"/>
  </xsl:function>

  <!-- nm:stem('file:/…/tei/texts/a-b.xml') = 'a-b': the file name without directory and suffix. -->
  <xsl:function name="nm:stem" as="xs:string">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:sequence select="replace(tokenize($uri, '/')[last()], '\.[^.]*$', '')"/>
  </xsl:function>
</xsl:stylesheet>
