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

  <xsl:attribute-set name="audit-cell-box" use-attribute-sets="table-cell">
    <xsl:attribute name="display-align">before</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="audit-text">
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
    <xsl:attribute name="text-align">left</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="audit-head" use-attribute-sets="audit-text">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
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

  <xsl:template match="/document">
    <fo:root xsl:use-attribute-sets="document-font">
      <xsl:call-template name="audit-masters"/>
      <xsl:call-template name="declarations"/>
      <fo:page-sequence master-reference="audit">
        <xsl:call-template name="page-number"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="audit-letterhead"/>
          <fo:block xsl:use-attribute-sets="type-name"><xsl:value-of select="title"/></fo:block>
          <fo:block xsl:use-attribute-sets="body-text" text-align="center" text-indent="0" font-weight="bold"><xsl:value-of select="plan"/></fo:block>
          <fo:block xsl:use-attribute-sets="body-text" text-indent="0" space-before="6pt">Phạm vi: <xsl:value-of select="scope"/>; <xsl:value-of select="entries/@count"/> sự kiện. Giờ Việt Nam (Asia/Ho_Chi_Minh).</fo:block>
          <xsl:choose>
            <xsl:when test="entries/entry">
              <xsl:apply-templates select="entries"/>
            </xsl:when>
            <xsl:otherwise>
              <fo:block xsl:use-attribute-sets="body-text" text-align="center" text-indent="0">Không có sự kiện nào.</fo:block>
            </xsl:otherwise>
          </xsl:choose>
          <fo:block xsl:use-attribute-sets="body-text" text-indent="0" space-before="12pt" font-style="italic">In lúc <xsl:value-of select="printed-at"/> bởi <xsl:value-of select="printed-by"/>, từ nhật ký kiểm tra của hệ thống.</fo:block>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
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

  <xsl:template match="entries">
    <fo:table table-layout="fixed" width="100%" space-before="6pt">
      <fo:table-column column-width="28mm"/>
      <fo:table-column column-width="38mm"/>
      <fo:table-column column-width="34mm"/>
      <fo:table-column column-width="62mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="audit-head"><xsl:with-param name="text" select="'Thời gian'"/></xsl:call-template>
          <xsl:call-template name="audit-head"><xsl:with-param name="text" select="'Nơi'"/></xsl:call-template>
          <xsl:call-template name="audit-head"><xsl:with-param name="text" select="'Sự kiện'"/></xsl:call-template>
          <xsl:call-template name="audit-head"><xsl:with-param name="text" select="'Người thực hiện'"/></xsl:call-template>
          <xsl:call-template name="audit-head"><xsl:with-param name="text" select="'Bước, quyết định, chi tiết'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="entry">
          <fo:table-row keep-together.within-page="always">
            <xsl:call-template name="audit-cell"><xsl:with-param name="text" select="time"/></xsl:call-template>
            <xsl:call-template name="audit-cell"><xsl:with-param name="text" select="where"/></xsl:call-template>
            <xsl:call-template name="audit-cell"><xsl:with-param name="text" select="event"/></xsl:call-template>
            <xsl:call-template name="audit-cell"><xsl:with-param name="text" select="person"/></xsl:call-template>
            <xsl:call-template name="audit-cell"><xsl:with-param name="text" select="details"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="audit-head">
    <xsl:param name="text"/>
    <fo:table-cell xsl:use-attribute-sets="table-cell">
      <fo:block xsl:use-attribute-sets="audit-head"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- An empty cell still needs a block: FO wants content in every cell. -->
  <xsl:template name="audit-cell">
    <xsl:param name="text"/>
    <fo:table-cell xsl:use-attribute-sets="audit-cell-box">
      <fo:block xsl:use-attribute-sets="audit-text" wrap-option="wrap" hyphenate="false"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>
</xsl:stylesheet>
