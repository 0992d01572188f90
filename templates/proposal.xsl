<?xml version="1.0" encoding="UTF-8"?>
<!-- Tờ trình đề nghị khen thưởng: Kính gửi the chairman, reasons, the proposed collectives and
     individuals, closing request. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/document" mode="body">
        <xsl:call-template name="addressees"/>
        <xsl:apply-templates select="introduction/p"/>
        <xsl:if test="collectives">
          <xsl:call-template name="section-heading">
            <xsl:with-param name="text" select="concat('1. Tập thể (', format-number(count(collectives/nominee), '00'), ' tập thể)')"/>
          </xsl:call-template>
          <xsl:call-template name="nominee-table">
            <xsl:with-param name="nominees" select="collectives/nominee"/>
            <xsl:with-param name="name-label" select="'Tên tập thể'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="individuals">
          <xsl:call-template name="section-heading">
            <xsl:with-param name="text" select="concat(count(collectives) + 1, '. Cá nhân (', format-number(count(individuals/nominee), '00'), ' cá nhân)')"/>
          </xsl:call-template>
          <xsl:call-template name="nominee-table">
            <xsl:with-param name="nominees" select="individuals/nominee"/>
            <xsl:with-param name="name-label" select="'Họ và tên'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:apply-templates select="closing/p"/>
  </xsl:template>
</xsl:stylesheet>
