package cn.fzmetro.portal.casefile;

import java.util.List;

/** What the case page shows: the case cut to the reader, and its history in plain steps. */
public record CasePage(CaseDetails details, List<CaseHistoryLine> history) {
}
