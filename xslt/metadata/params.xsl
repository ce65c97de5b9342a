<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr metadata: parameters shared by every stylesheet in xslt/metadata/ (set from Python by
  nashr.deposit.metadata; nothing here reads the clock or the network, so the same input gives the same
  bytes).

    edition        document-node()  edition.toml as XML: <edition> with one child element per
                                    key (title, title_en, description, publisher, licence,
                                    licence_url, base_url, contact, date, language) and one
                                    <editor name="…" role="…"/> per [[edition.editors]] entry.
    build-date     xs:string        YYYY-MM-DD: SOURCE_DATE_EPOCH, else [edition].date (when the
                                    deposit was made: METS CREATEDATE; the publication date
                                    is [edition].date, never SOURCE_DATE_EPOCH).
    nashr-version  xs:string        the version of nashr that made the deposit.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  exclude-result-prefixes="#all">

  <xsl:param name="edition" as="document-node()" required="yes"/>
  <xsl:param name="build-date" as="xs:string" required="yes"/>
  <xsl:param name="nashr-version" as="xs:string" select="'0'"/>

  <xsl:variable name="ed" as="element(edition)" select="$edition/edition"/>
</xsl:stylesheet>
