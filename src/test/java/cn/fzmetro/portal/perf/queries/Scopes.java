package cn.fzmetro.portal.perf.queries;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whose lists the benchmark reads: the windows and authorities holding the most cases (the worst
 * queues), and applicants who have cases, each with one of their cases for the case page.
 */
record Scopes(long caseCount, List<String> windows, List<String> authorities, List<Applicant> applicants,
        Map<Long, Long> caseOfApplicant, String commonItem) {

    record Applicant(long id, String username, String identityNumber) {
    }

    static Scopes read(JdbcTemplate jdbc) {
        long count = jdbc.queryForObject("select count(*) from case_file", Long.class);
        List<String> windows = jdbc.queryForList("""
                select receiving_window_code from case_file where receiving_window_code is not null
                group by receiving_window_code order by count(*) desc limit 5""", String.class);
        List<String> authorities = jdbc.queryForList("""
                select competent_authority_code from case_file where competent_authority_code is not null
                group by competent_authority_code order by count(*) desc limit 5""", String.class);
        // applicants spread over the id range, not the first rows only
        List<Applicant> applicants = jdbc.query("""
                select u.id, u.username, u.id_number from app_user u
                where exists (select 1 from case_file c where c.applicant_id = u.id)
                  and mod(u.id, 97) = 0 limit 50""",
                (rs, i) -> new Applicant(rs.getLong(1), rs.getString(2), rs.getString(3)));
        Map<Long, Long> caseOf = applicants.stream().collect(Collectors.toMap(Applicant::id, a -> jdbc.queryForObject(
                "select max(id) from case_file where applicant_id = ? and case_number is not null", Long.class,
                a.id())));
        String item = jdbc.queryForObject(
                "select item_code from case_file group by item_code order by count(*) desc limit 1", String.class);
        return new Scopes(count, windows, authorities, applicants, caseOf, item);
    }

    long caseOf(long applicantId) {
        return caseOfApplicant.get(applicantId);
    }
}
