<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr HTML edition: the summary of one text (mode n:summary, applied to tei:TEI): everything the
  shared pages need from it, so that they never hold the texts themselves. Written by the per-text
  stage (nashr.publish.html.render_text) with the page; read by the shared stage
  (nashr.publish.html.render_shared) as one document <s:texts> of all summaries.

    <s:text stem="…" title="…" sort-key="…">   n:sort-key: the site's and the volume's order
      <s:row><tr>…</tr></s:row>                the text's row of the index (HTML, no namespace)
      <s:occ register="persons" key="p-…" id="…" form="…" lang="…" before="…" after="…"/>
                                               each name with @ref (register pages, in text order)
      <s:record id="…" content="…">…</s:record>  each block of the text for the search index:
                                               @content folded (n:search-text), text = the source
    </s:text>

  Namespace s = urn:nashr:summary.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:s="urn:nashr:summary"
  xmlns:n="urn:nashr:xslt"
  exclude-result-prefixes="#all">

  <!-- n:summary: the summary of $text, serialised as XML (call it with
       call_template_returning_value) -->
  <xsl:template name="n:summary" as="xs:string">
    <xsl:variable name="summary"><xsl:apply-templates select="$text/tei:TEI" mode="n:summary"/></xsl:variable>
    <xsl:sequence select="serialize($summary, map{'method': 'xml', 'omit-xml-declaration': true()})"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="n:summary">
    <xsl:variable name="page-stem" select="if ($stem) then $stem else n:stem(.)"/>
    <s:text stem="{$page-stem}" title="{n:title(.)}" sort-key="{n:sort-key(., $page-stem)}">
      <s:row><xsl:call-template name="n:index-row"><xsl:with-param name="page-stem" select="$page-stem"/></xsl:call-template></s:row>
      <xsl:for-each select="tei:text//tei:*[@ref]">
        <s:occ register="{n:register(.)}" key="{n:ref-key(@ref)}" id="{n:id(.)}" form="{n:plain(.)}"
          lang="{n:lang(.)}" before="{n:context(., 'before')}" after="{n:context(., 'after')}"/>
      </xsl:for-each>
      <xsl:for-each select="n:search-blocks(tei:text)">
        <xsl:variable name="id" select="if (self::tei:note[not(n:is-block-note(.))]) then 'fn-' || n:id(.) else (@xml:id, n:id(.))[1]"/>
        <s:record id="{$id}" content="{n:search-text(.)}"><xsl:value-of select="n:plain(node())"/></s:record>
      </xsl:for-each>
    </s:text>
  </xsl:template>

  <!-- the blocks a search result can point at: the text's leaf blocks (each has an id and a
       permalink ¶ on the page) and its notes (in the footnotes, or where they stand) -->
  <xsl:function name="n:search-blocks" as="element()*">
    <xsl:param name="text" as="element()"/>
    <xsl:sequence select="$text//*[n:is-leaf-block(.)] | $text//tei:note"/>
  </xsl:function>
</xsl:stylesheet>
