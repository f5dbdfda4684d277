package cn.fzmetro.portal.casefile;

/** Which checklist: the window's intake standards (收件标准) or the authority's review points (审查要点). */
public enum ChecklistStage {
    INTAKE,
    REVIEW
}
