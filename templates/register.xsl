<?xml version="1.0" encoding="UTF-8"?>
<!-- Sổ đăng ký văn bản đi (NĐ 30 Điều 16, Phụ lục IV), A4 landscape: agency and Quốc hiệu at the
     top, the title with the year, then one table per numbering sequence (the header row repeats on
     every page). Pages are numbered from the second, centred in the top margin, as in portrait
     documents; margins keep NĐ 30's values per edge (top/bottom 20, left 30, right 15 mm). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <!-- Body width 297 - 30 - 15 = 252 mm. -->
  <xsl:variable name="register-left-mm" select="95"/>
  <xsl:variable name="register-right-mm" select="157"/>

  <xsl:attribute-set name="register-cell-box" use-attribute-sets="table-cell">
    <xsl:attribute name="display-align">before</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="register-text">
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
    <xsl:attribute name="text-align">left</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="register-head" use-attribute-sets="register-text">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="register-masters">
    <fo:layout-master-set>
      <fo:simple-page-master master-name="register-first" page-width="297mm" page-height="210mm"
                             margin-top="{$margin-top}mm" margin-bottom="{$margin-bottom}mm"
                             margin-left="{$margin-left}mm" margin-right="{$margin-right}mm">
        <fo:region-body/>
      </fo:simple-page-master>
      <fo:simple-page-master master-name="register-rest" page-width="297mm" page-height="210mm"
                             margin-top="{$page-number-top}mm" margin-bottom="{$margin-bottom}mm"
                             margin-left="{$margin-left}mm" margin-right="{$margin-right}mm">
        <fo:region-body margin-top="{$margin-top - $page-number-top}mm"/>
        <fo:region-before extent="{$margin-top - $page-number-top}mm"/>
      </fo:simple-page-master>
      <fo:page-sequence-master master-name="register">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="register-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="register-rest" page-position="rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template match="/document">
    <fo:root xsl:use-attribute-sets="document-font">
      <xsl:call-template name="register-masters"/>
      <xsl:call-template name="declarations"/>
      <fo:page-sequence force-page-count="no-force" master-reference="register">
        <xsl:call-template name="page-number"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="register-letterhead"/>
          <fo:block xsl:use-attribute-sets="type-name"><xsl:value-of select="title"/></fo:block>
          <xsl:if test="not(sequences/sequence)">
            <fo:block xsl:use-attribute-sets="body-text" text-align="center" text-indent="0">Chưa có văn bản nào được phát hành trong năm.</fo:block>
          </xsl:if>
          <xsl:apply-templates select="sequences/sequence"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- Agency on the left, Quốc hiệu and Tiêu ngữ on the right, the day of printing under them. -->
  <xsl:template name="register-letterhead">
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="{$register-left-mm}mm"/>
      <fo:table-column column-width="{$register-right-mm}mm"/>
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

  <xsl:template match="sequence">
    <fo:block xsl:use-attribute-sets="heading" text-indent="0" space-before="12pt">
      <xsl:value-of select="name"/> (<xsl:value-of select="@count"/> văn bản)</fo:block>
    <fo:table table-layout="fixed" width="100%" space-before="4pt">
      <fo:table-column column-width="32mm"/>
      <fo:table-column column-width="23mm"/>
      <fo:table-column column-width="20mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="26mm"/>
      <fo:table-column column-width="26mm"/>
      <fo:table-column column-width="48mm"/>
      <fo:table-column column-width="25mm"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="register-head"><xsl:with-param name="text" select="'Số, ký hiệu'"/></xsl:call-template>
          <xsl:call-template name="register-head"><xsl:with-param name="text" select="'Ngày ban hành'"/></xsl:call-template>
          <xsl:call-template name="register-head"><xsl:with-param name="text" select="'Loại'"/></xsl:call-template>
          <xsl:call-template name="register-head"><xsl:with-param name="text" select="'Trích yếu nội dung'"/></xsl:call-template>
          <xsl:call-template name="register-head"><xsl:with-param name="text" select="'Người ký'"/></xsl:call-template>
          <xsl:call-template name="register-head"><xsl:with-param name="text" select="'Người phát hành'"/></xsl:call-template>
          <xsl:call-template name="register-head"><xsl:with-param name="text" select="'Nơi nhận'"/></xsl:call-template>
          <xsl:call-template name="register-head"><xsl:with-param name="text" select="'SHA-256'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="entry">
          <fo:table-row keep-together.within-page="always">
            <xsl:call-template name="register-cell"><xsl:with-param name="text" select="number"/></xsl:call-template>
            <xsl:call-template name="register-cell"><xsl:with-param name="text" select="date"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:call-template name="register-cell"><xsl:with-param name="text" select="kind"/></xsl:call-template>
            <xsl:call-template name="register-cell"><xsl:with-param name="text" select="subject"/></xsl:call-template>
            <xsl:call-template name="register-cell"><xsl:with-param name="text" select="signer"/></xsl:call-template>
            <xsl:call-template name="register-cell"><xsl:with-param name="text" select="issuer"/></xsl:call-template>
            <xsl:call-template name="register-cell"><xsl:with-param name="text" select="recipients"/></xsl:call-template>
            <xsl:call-template name="register-cell"><xsl:with-param name="text" select="sha256"/><xsl:with-param name="size" select="'10pt'"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="register-head">
    <xsl:param name="text"/>
    <fo:table-cell xsl:use-attribute-sets="table-cell">
      <fo:block xsl:use-attribute-sets="register-head"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- An empty cell still needs a block: FO wants content in every cell. -->
  <xsl:template name="register-cell">
    <xsl:param name="text"/>
    <xsl:param name="align" select="'left'"/>
    <xsl:param name="size" select="'11pt'"/>
    <fo:table-cell xsl:use-attribute-sets="register-cell-box">
      <fo:block xsl:use-attribute-sets="register-text" text-align="{$align}" font-size="{$size}"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>
</xsl:stylesheet>
