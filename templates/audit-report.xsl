<?xml version="1.0" encoding="UTF-8"?>
<!-- Báo cáo nhật ký xử lý kế hoạch: an auditor's print of a plan's audit trail, A4 landscape like the
     register (the same letterhead, margins and page numbers), then what the print covers and one
     table row per event; the header row repeats on every page. Not an issued document: no number,
     dated the day it was printed, and the auditor who printed it is named at the end. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <!-- Body width 297 - 30 - 15 = 252 mm. -->
  <xsl:variable name="audit-left-mm" select="95"/>
  <xsl:variable name="audit-right-mm" select="157"/>

  <!-- The event table is the whole cost of a large report (a 1,000-unit plan: 7,000 rows, ~450
       pages), so it is built for FOP's speed; profiled on a 7,000-row report:
       - no cell borders and no cell padding: resolving and drawing two borders and four paddings
         on each of ~35,000 cells was about a quarter of the render (property look-ups at every
         layout step, a clipped path per border). Columns are kept apart by the table's border
         separation (6 pt), rows by 4 pt; only the header row is ruled. 25% less allocation, a
         quarter smaller file, the same words on the page;
       - the text properties are set once on the table and inherited by every cell's block, instead
         of being parsed again on each of the ~35,000 blocks. -->
  <xsl:attribute-set name="audit-table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="border-collapse">separate</xsl:attribute>
    <xsl:attribute name="border-separation.inline-progression-direction">6pt</xsl:attribute>
    <xsl:attribute name="border-separation.block-progression-direction">4pt</xsl:attribute>
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
    <xsl:attribute name="text-align">left</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="wrap-option">wrap</xsl:attribute>
  </xsl:attribute-set>

  <!-- Longhand properties: FOP parses a shorthand ("0.5pt solid black") again on every FO. -->
  <xsl:attribute-set name="audit-head-cell">
    <xsl:attribute name="border-bottom-width">0.5pt</xsl:attribute>
    <xsl:attribute name="border-bottom-style">solid</xsl:attribute>
    <xsl:attribute name="display-align">after</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="audit-masters">
    <fo:layout-master-set>
      <fo:simple-page-master master-name="audit-first" page-width="297mm" page-height="210mm"
                             margin-top="{$margin-top}mm" margin-bottom="{$margin-bottom}mm"
                             margin-left="{$margin-left}mm" margin-right="{$margin-right}mm">
        <fo:region-body/>
      </fo:simple-page-master>
      <fo:simple-page-master master-name="audit-rest" page-width="297mm" page-height="210mm"
                             margin-top="{$page-number-top}mm" margin-bottom="{$margin-bottom}mm"
                             margin-left="{$margin-left}mm" margin-right="{$margin-right}mm">
        <fo:region-body margin-top="{$margin-top - $page-number-top}mm"/>
        <fo:region-before extent="{$margin-top - $page-number-top}mm"/>
      </fo:simple-page-master>
      <fo:page-sequence-master master-name="audit">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="audit-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="audit-rest" page-position="rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- The rows come in parts of a few hundred (AuditReportXml), one page-sequence each: FOP lays
       out and frees a page-sequence only at its end, so a single one holding a 7,000-row table kept
       every row's objects alive until the last page (measured: a live heap growing past 500 MB and
       most of the time in the garbage collector on a loaded machine). Each part continues on a new
       page under the repeated table header, numbered on from the previous one. -->
  <xsl:template match="/document">
    <fo:root xsl:use-attribute-sets="document-font">
      <xsl:call-template name="audit-masters"/>
      <xsl:call-template name="declarations"/>
      <fo:page-sequence force-page-count="no-force" master-reference="audit">
        <xsl:call-template name="page-number"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="audit-letterhead"/>
          <fo:block xsl:use-attribute-sets="type-name"><xsl:value-of select="title"/></fo:block>
          <fo:block xsl:use-attribute-sets="body-text" text-align="center" text-indent="0" font-weight="bold"><xsl:value-of select="plan"/></fo:block>
          <fo:block xsl:use-attribute-sets="body-text" text-indent="0" space-before="6pt">Phạm vi: <xsl:value-of select="scope"/>; <xsl:value-of select="entries/@count"/> sự kiện. Giờ Việt Nam (Asia/Ho_Chi_Minh).</fo:block>
          <xsl:choose>
            <xsl:when test="entries/part/entry">
              <xsl:apply-templates select="entries/part[1]"/>
            </xsl:when>
            <xsl:otherwise>
              <fo:block xsl:use-attribute-sets="body-text" text-align="center" text-indent="0">Không có sự kiện nào.</fo:block>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="count(entries/part) &lt;= 1">
            <xsl:call-template name="printed"/>
          </xsl:if>
        </fo:flow>
      </fo:page-sequence>
      <xsl:for-each select="entries/part[position() &gt; 1]">
        <fo:page-sequence force-page-count="no-force" master-reference="audit-rest">
          <xsl:call-template name="page-number"/>
          <fo:flow flow-name="xsl-region-body">
            <xsl:apply-templates select="."/>
            <xsl:if test="position() = last()">
              <xsl:call-template name="printed"/>
            </xsl:if>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each>
    </fo:root>
  </xsl:template>

  <xsl:template name="printed">
    <fo:block xsl:use-attribute-sets="body-text" text-indent="0" space-before="12pt" font-style="italic">In lúc <xsl:value-of select="/document/printed-at"/> bởi <xsl:value-of select="/document/printed-by"/>, từ nhật ký kiểm tra của hệ thống.</fo:block>
  </xsl:template>

  <xsl:template name="audit-letterhead">
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="{$audit-left-mm}mm"/>
      <fo:table-column column-width="{$audit-right-mm}mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell>
            <xsl:for-each select="/document/header/parent-agency">
              <fo:block xsl:use-attribute-sets="parent-agency"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
            <xsl:for-each select="/document/header/agency-line">
              <fo:block xsl:use-attribute-sets="agency"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
            <xsl:variable name="widest">
              <xsl:for-each select="/document/header/agency-line">
                <xsl:sort select="@em" data-type="number" order="descending"/>
                <xsl:if test="position() = 1"><xsl:value-of select="@em"/></xsl:if>
              </xsl:for-each>
            </xsl:variable>
            <xsl:call-template name="rule">
              <xsl:with-param name="length-pt" select="0.4 * $widest * $agency-size"/>
            </xsl:call-template>
          </fo:table-cell>
          <fo:table-cell>
            <fo:block xsl:use-attribute-sets="quoc-hieu">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</fo:block>
            <fo:block xsl:use-attribute-sets="tieu-ngu"><xsl:value-of select="/document/header/motto"/></fo:block>
            <xsl:call-template name="rule">
              <xsl:with-param name="length-pt" select="/document/header/motto/@em * $motto-size"/>
            </xsl:call-template>
            <fo:block xsl:use-attribute-sets="place-date"><xsl:value-of select="/document/header/place-date"/></fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="part">
    <fo:table xsl:use-attribute-sets="audit-table" space-before="6pt">
      <!-- "dd/MM/yyyy HH:mm" on one line: a row of two lines less where nothing else wraps. -->
      <fo:table-column column-width="31mm"/>
      <fo:table-column column-width="38mm"/>
      <fo:table-column column-width="34mm"/>
      <fo:table-column column-width="59mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-header>
        <fo:table-row>
          <fo:table-cell xsl:use-attribute-sets="audit-head-cell"><fo:block>Thời gian</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="audit-head-cell"><fo:block>Nơi</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="audit-head-cell"><fo:block>Sự kiện</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="audit-head-cell"><fo:block>Người thực hiện</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="audit-head-cell"><fo:block>Bước, quyết định, chi tiết</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <!-- A row is never split across two pages; an empty cell still needs a block. -->
        <xsl:for-each select="entry">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell><fo:block><xsl:value-of select="time"/></fo:block></fo:table-cell>
            <fo:table-cell><fo:block><xsl:value-of select="where"/></fo:block></fo:table-cell>
            <fo:table-cell><fo:block><xsl:value-of select="event"/></fo:block></fo:table-cell>
            <fo:table-cell><fo:block><xsl:value-of select="person"/></fo:block></fo:table-cell>
            <fo:table-cell><fo:block><xsl:value-of select="details"/></fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>
