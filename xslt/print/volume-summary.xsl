<?xml version="1.0" encoding="UTF-8"?>
<!--
  The summary of each text that the volume's ends read in place of the texts (nashr.publish.volume):
  the order, the title page and contents (volume.xsl) and the index (back-matter.xsl) need a few
  strings of each text, so only a worker laying out a part of texts holds texts, a batch at a time,
  and the ends' input grows by a text's summary, not by the text.

  p:volume-summaries, called with $texts (a batch of texts), returns one line per text, in their
  order, each one serialised element (no newline in it: XML serialisation writes a newline in an
  attribute as a character reference):

    <p:text id="…" sort-key="…" title="…">             p:text-id, n:sort-key (the site's and the
                                                        volume's order), n:title
      <p:name register="…" key="…" anchor="…" form="…"/>  each persName, orgName and placeName with
                                                        @ref in tei:text, in document order:
                                                        n:register, n:ref-key, p:occurrence-id
                                                        (the anchor the texts' parts carry), n:plain
    </p:text>

  The volume's ends are called with $summaries: <p:texts> of these elements in the volume's order.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:n="urn:nashr:xslt"
    xmlns:p="urn:nashr:print"
    exclude-result-prefixes="#all">

  <xsl:template name="p:volume-summaries" as="xs:string">
    <xsl:sequence select="string-join($texts ! tei:TEI ! serialize(p:summary(.), map{'method': 'xml',
        'omit-xml-declaration': true()}), '&#10;')"/>
  </xsl:template>

  <xsl:function name="p:summary" as="element(p:text)">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <p:text id="{p:text-id($tei)}" sort-key="{n:sort-key($tei, n:stem($tei))}" title="{n:title($tei)}">
      <xsl:for-each select="$tei/tei:text//(tei:persName | tei:orgName | tei:placeName)[@ref]">
        <p:name register="{n:register(.)}" key="{n:ref-key(@ref)}" anchor="{p:occurrence-id(.)}" form="{n:plain(.)}"/>
      </xsl:for-each>
    </p:text>
  </xsl:function>
</xsl:stylesheet>
