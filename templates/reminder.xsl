<?xml version="1.0" encoding="UTF-8"?>
<!-- Công văn đôn đốc: no type name; "V/v ..." under the number (in common letterhead); Kính gửi. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/document" mode="body">
        <xsl:call-template name="addressees"/>
        <xsl:apply-templates select="body/p"/>
  </xsl:template>
</xsl:stylesheet>
