<?xml version="1.0" encoding="UTF-8"?>
<!-- Kế hoạch: letterhead, "KẾ HOẠCH" and trích yếu, nested sections (I. / 1. / a)), signature. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/document" mode="body">
        <xsl:apply-templates select="body/section"/>
  </xsl:template>
</xsl:stylesheet>
