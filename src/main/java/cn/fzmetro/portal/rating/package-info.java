/**
 * 好差评: the applicant rates a closed case once in five levels; a poor rating opens a follow-up
 * that administrators answer. Public API: {@link cn.fzmetro.portal.rating.Ratings}, event
 * {@link cn.fzmetro.portal.rating.CaseRated}. See docs/modules/rating.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ratings")
package cn.fzmetro.portal.rating;
