/**
 * Insight: dashboards of cross-district service and the audit search, for administrators and
 * window supervisors. Reads figures and the action log through the case module's services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package cn.fzmetro.portal.insight;
