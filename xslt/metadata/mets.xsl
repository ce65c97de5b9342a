<?xml version="1.0" encoding="UTF-8"?>
<!--
  nashr metadata: the deposit's file inventory → a METS 1.12 document (Library of Congress,
  http://www.loc.gov/standards/mets/) listing every payload file with its size, SHA-256 and MIME
  type, written at the payload root (data/mets.xml), so every xlink:href is the file's path in
  the payload.

  Source document: <inventory> with one
    <file id="file-00001" name="tei/texts/a.xml" group="texts" size="…" sha256="…" mime="…"/>
  per payload file (nashr.deposit.metadata writes it from nashr.deposit.inventory; @id is the METS file ID). Parameter:
    corpus   document-node()   the edition's teiCorpus (titles of the texts).

  Sections:
    metsHdr       CREATEDATE = build date (never the clock); agents: publisher, nashr.
    dmdSec        the edition's DataCite record; one Dublin Core record per text (metadata/dc/).
    fileSec       one fileGrp per part of the edition (@USE = the inventory group).
    structMap     logical: the edition → one div per text (its TEI, HTML page, PDF and record,
                  matched by file stem) → one div per group for every other file.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:nm="urn:nashr:metadata"
  xmlns:mets="http://www.loc.gov/METS/"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  exclude-result-prefixes="#all">

  <xsl:include href="params.xsl"/>
  <xsl:include href="functions.xsl"/>

  <xsl:param name="corpus" as="document-node()" required="yes"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- Groups in the order of fileSec and structMap. -->
  <xsl:variable name="groups" as="xs:string*"
    select="('texts', 'registers', 'schema', 'corpus', 'site', 'pdf', 'metadata')"/>
  <!-- Files that belong to one text (its TEI, page, PDF, record), by file stem. -->
  <xsl:key name="text-files" match="file[@group = ('texts', 'site', 'pdf', 'metadata')]"
    use="nm:stem(@name)"/>

  <xsl:template match="/inventory">
    <xsl:variable name="inventory" select="."/>
    <xsl:variable name="texts" select="file[@group = 'texts'][ends-with(@name, '.xml')]"/>
    <mets:mets OBJID="{$ed/base_url}" LABEL="{($ed/title_en[normalize-space()], $ed/title)[1]}" TYPE="TEI edition"
        xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd">
      <xsl:namespace name="xlink" select="'http://www.w3.org/1999/xlink'"/>
      <mets:metsHdr CREATEDATE="{$build-date}T00:00:00Z">
        <mets:agent ROLE="CREATOR" TYPE="ORGANIZATION"><mets:name><xsl:value-of select="$ed/publisher"/></mets:name></mets:agent>
        <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>nashr <xsl:value-of select="$nashr-version"/></mets:name></mets:agent>
      </mets:metsHdr>
      <mets:dmdSec ID="dmd-edition">
        <mets:mdRef LOCTYPE="URL" xlink:href="metadata/datacite.xml" MDTYPE="OTHER" OTHERMDTYPE="DataCite" MIMETYPE="application/xml"/>
      </mets:dmdSec>
      <xsl:for-each select="$texts">
        <mets:dmdSec ID="dmd-{position()}">
          <mets:mdRef LOCTYPE="URL" xlink:href="metadata/dc/{nm:stem(@name)}.xml" MDTYPE="DC" MIMETYPE="application/xml"/>
        </mets:dmdSec>
      </xsl:for-each>
      <mets:fileSec>
        <xsl:for-each select="$groups">
          <xsl:variable name="group" select="."/>
          <xsl:variable name="files" select="$inventory/file[@group = $group]"/>
          <xsl:if test="exists($files)">
            <mets:fileGrp USE="{$group}">
              <xsl:for-each select="$files">
                <mets:file ID="{@id}" MIMETYPE="{@mime}" SIZE="{@size}" CHECKSUM="{@sha256}" CHECKSUMTYPE="SHA-256">
                  <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="{@name}"/>
                </mets:file>
              </xsl:for-each>
            </mets:fileGrp>
          </xsl:if>
        </xsl:for-each>
      </mets:fileSec>
      <mets:structMap TYPE="logical">
        <mets:div TYPE="edition" LABEL="{$ed/title}" DMDID="dmd-edition">
          <xsl:variable name="text-files" as="element(file)*">
            <xsl:for-each select="$texts">
              <xsl:variable name="stem" select="nm:stem(@name)"/>
              <xsl:sequence select="key('text-files', $stem, $inventory)"/>
            </xsl:for-each>
          </xsl:variable>
          <xsl:for-each select="$texts">
            <xsl:variable name="stem" select="nm:stem(@name)"/>
            <xsl:variable name="tei" select="$corpus/tei:teiCorpus/tei:TEI[@xml:base = 'texts/' || $stem || '.xml']"/>
            <mets:div TYPE="text" ORDER="{position()}" DMDID="dmd-{position()}"
                LABEL="{if ($tei) then nm:title($tei) else $stem}">
              <xsl:for-each select="key('text-files', $stem, $inventory)">
                <mets:fptr FILEID="{@id}"/>
              </xsl:for-each>
            </mets:div>
          </xsl:for-each>
          <xsl:for-each select="$groups">
            <xsl:variable name="group" select="."/>
            <xsl:variable name="rest" select="$inventory/file[@group = $group] except $text-files"/>
            <xsl:if test="exists($rest)">
              <mets:div TYPE="{$group}">
                <xsl:for-each select="$rest"><mets:fptr FILEID="{@id}"/></xsl:for-each>
              </mets:div>
            </xsl:if>
          </xsl:for-each>
        </mets:div>
      </mets:structMap>
    </mets:mets>
  </xsl:template>

</xsl:stylesheet>
