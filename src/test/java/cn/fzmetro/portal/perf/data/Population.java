package cn.fzmetro.portal.perf.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.fzmetro.portal.perf.data.ReferenceData.Authority;
import cn.fzmetro.portal.perf.data.ReferenceData.Region;
import cn.fzmetro.portal.perf.data.ReferenceData.Window;

/**
 * The generated accounts: applicants ({@code perf-applicant-<n>}, natural persons and enterprises,
 * each living or registered in one district) and staff for every window ({@code perf-clerk-<window>-<k>},
 * {@code perf-supervisor-<window>}) and every district authority ({@code perf-officer-<authority>-<k>}).
 * All share one password, {@link #PASSWORD}, stored as a fixed bcrypt hash.
 */
final class Population {

    /** The password of every generated account. */
    static final String PASSWORD = "Perf2026!";
    /** bcrypt (cost 10) of {@link #PASSWORD}, fixed so that runs are reproducible. */
    static final String PASSWORD_HASH = "$2a$10$2EjBMVFWcLEp1unruEPNx.T6xHVhZB1.pOilNpz8eg.K5F3PKt.dG";
    static final String PREFIX = "perf-";
    static final int CLERKS_PER_WINDOW = 4;
    static final int OFFICERS_PER_AUTHORITY = 2;

    record Staff(long id, String username, String name) {
    }

    /** Applicants by number (index = n - 1). */
    final long[] applicantIds;
    final String[] applicantNames;
    final String[] applicantIdNumbers;
    final boolean[] enterprise;
    final int[] homeDistrict;
    /** Applicant indexes by kind, for items that take only one kind. */
    final int[] persons;
    final int[] enterprises;
    final Map<String, List<Staff>> clerks = new HashMap<>();
    final Map<String, Staff> supervisors = new HashMap<>();
    final Map<String, List<Staff>> officers = new HashMap<>();
    final long firstId;
    long nextId;

    Population(ReferenceData ref, District districts, int applicants, long firstId, long createdFrom,
            SplittableRandom r, Rows users, Rows roles) {
        this.firstId = firstId;
        this.nextId = firstId;
        applicantIds = new long[applicants];
        applicantNames = new String[applicants];
        applicantIdNumbers = new String[applicants];
        enterprise = new boolean[applicants];
        homeDistrict = new int[applicants];
        List<Integer> p = new ArrayList<>();
        List<Integer> e = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            int d = districts.pick(r);
            Region district = ref.districts.get(d);
            String city = ref.regions.get(district.parent()) == null ? "" : ref.regions.get(district.parent()).name();
            boolean ent = r.nextInt(100) < 30;
            long id = nextId++;
            String name = ent ? Names.enterprise(r, city.replace("市", ""), i) : Names.person(r);
            String idNumber = ent ? Names.creditCode(r, district.code(), i) : Names.residentId(r, district.code());
            applicantIds[i] = id;
            applicantNames[i] = name;
            applicantIdNumbers[i] = idNumber;
            enterprise[i] = ent;
            homeDistrict[i] = d;
            (ent ? e : p).add(i);
            long created = createdFrom - r.nextLong(365L * 86_400);
            users.num(id).str(PREFIX + "applicant-" + (i + 1)).str(PASSWORD_HASH).str(name)
                    .str(ent ? "ENTERPRISE" : "NATURAL_PERSON").str(idNumber).str(Names.mobile(r))
                    .str(r.nextInt(100) < 40 ? "perf" + (i + 1) + "@example.cn" : null)
                    .str(ent ? Names.person(r) : null).nul().nul().bool(true).bool(false).ts(created).num(0).end();
            roles.num(id).str("APPLICANT").end();
        }
        persons = p.stream().mapToInt(Integer::intValue).toArray();
        enterprises = e.stream().mapToInt(Integer::intValue).toArray();
        long staffCreated = createdFrom - 400L * 86_400;
        for (Window w : ref.windows) {
            List<Staff> list = new ArrayList<>();
            for (int k = 1; k <= CLERKS_PER_WINDOW; k++) {
                list.add(staff(users, roles, PREFIX + "clerk-" + w.code() + "-" + k, Names.person(r), w.code(), null,
                        "CLERK", staffCreated));
            }
            clerks.put(w.code(), list);
            supervisors.put(w.code(), staff(users, roles, PREFIX + "supervisor-" + w.code(), Names.person(r),
                    w.code(), null, "SUPERVISOR", staffCreated));
        }
        for (Authority a : ref.authorities) {
            Region region = ref.regions.get(a.regionCode());
            if (region == null || !"DISTRICT".equals(region.level())) {
                continue; // cases go to district authorities only
            }
            List<Staff> list = new ArrayList<>();
            for (int k = 1; k <= OFFICERS_PER_AUTHORITY; k++) {
                list.add(staff(users, roles, PREFIX + "officer-" + a.code() + "-" + k, Names.person(r), null, a.code(),
                        "OFFICER", staffCreated));
            }
            officers.put(a.code(), list);
        }
    }

    private Staff staff(Rows users, Rows roles, String username, String name, String window, String authority,
            String role, long created) {
        long id = nextId++;
        users.num(id).str(username).str(PASSWORD_HASH).str(name).str("STAFF").nul().nul().nul().nul().str(window)
                .str(authority).bool(true).bool(false).ts(created).num(0).end();
        roles.num(id).str(role).end();
        return new Staff(id, username, name);
    }

    int applicants() {
        return applicantIds.length;
    }

    /** District weights: busier city districts, quieter counties (from the region names and levels). */
    static final class District {

        private final double[] cumulative;

        District(ReferenceData ref) {
            cumulative = new double[ref.districts.size()];
            String firstCity = ref.regions.values().stream().filter(x -> "CITY".equals(x.level())).map(Region::code)
                    .findFirst().orElse("");
            double sum = 0;
            for (int i = 0; i < ref.districts.size(); i++) {
                sum += weight(ref.districts.get(i), firstCity);
                cumulative[i] = sum;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= sum;
            }
        }

        static double weight(Region d, String firstCity) {
            double w = d.name().endsWith("区") ? 1.8 : d.name().endsWith("市") ? 1.4 : 1.0;
            return firstCity.equals(d.parent()) ? w * 1.3 : w;
        }

        int pick(SplittableRandom r) {
            double u = r.nextDouble();
            int i = java.util.Arrays.binarySearch(cumulative, u);
            return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
        }
    }
}
