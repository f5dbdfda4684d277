package cn.fzmetro.portal.casefile;

/** A material the correction notice of round {@code round} asks the applicant to replace or supply. */
public record FlaggedMaterial(int round, String materialCode, String materialName, String reason, String rule) {
}
