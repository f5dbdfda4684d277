package cn.fzmetro.portal.perf.data;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Plausible Chinese names, enterprise names, addresses, and identity numbers with valid check
 * characters (GB 11643 resident ID, GB 32100 unified social credit code), so the portal's own
 * checks accept what the generator writes.
 */
final class Names {

    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹"
            + " 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付"
            + " 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 郑 翁 卓"
            + " 游 詹 柯 庄 洪 傅").split(" ");
    private static final String[] GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 建 文 辉 玲 斌"
            + " 宇 浩 凯 鹏 晨 欣 怡 婷 雪 琳 晶 颖 倩 博 俊 峰 鑫 宁 佳 嘉 思 雨 梓 子 轩 涵 萱 浩 然 海 燕 志 国 荣 新 春"
            + " 金 玉 兰 梅 凤 清 榕 闽 航 帆 源 晓 航 立 诚 德 彬 炜 煜 昊 泽 锦 瑜 琪 蕾 薇 彤 铭 杭 翔").split(" ");
    private static final String[] BRAND_1 = ("闽 榕 海 鑫 泰 华 盛 兴 瑞 恒 福 安 宏 嘉 融 达 新 源 锦 东 信 润 丰 捷 智 远 腾 晟"
            + " 凯 辰 航 誉 卓 博 晖 宸 弘 鼎 峰 川").split(" ");
    private static final String[] BRAND_2 = ("江 都 岳 源 通 海 丰 盛 祥 瑞 晟 和 达 顺 鑫 辉 星 美 联 创 远 程 升 成 德 诚 信 启"
            + " 臻 拓 晨 宇 泰 恒 茂 景 元 悦 禾 屿").split(" ");
    private static final String[] TRADE = { "科技", "贸易", "餐饮管理", "建筑工程", "物流", "网络科技", "商贸", "食品", "医疗器械",
            "文化传媒", "电子商务", "房地产开发", "机械设备", "环保科技", "旅游发展", "教育咨询", "农业开发", "建材", "物业管理",
            "信息技术", "生物科技", "汽车服务", "酒店管理", "供应链管理", "装饰工程", "水产", "茶业", "鞋业", "纺织", "运输" };
    private static final String[] FORM = { "有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司", "个体工商户", "合伙企业（有限合伙）" };
    private static final String[] STREETS = { "五四路", "八一七北路", "工业路", "福新中路", "六一北路", "湖东路", "华林路", "杨桥东路",
            "江滨中大道", "浦上大道", "福湾路", "首山路", "东街", "学园路", "文献路", "胜利东路", "荔城中大道", "天湖路", "蕉城南路",
            "滨江大道", "麒麟路", "坪洲路", "金山大道", "闽江大道", "长乐北路", "融侨东路", "梅峰路", "南江滨西大道", "乌山西路" };

    private Names() {
    }

    static String person(SplittableRandom r) {
        String surname = SURNAMES[skewed(r, SURNAMES.length)];
        String given = GIVEN[r.nextInt(GIVEN.length)];
        return r.nextInt(100) < 70 ? surname + given + GIVEN[r.nextInt(GIVEN.length)] : surname + given;
    }

    /** 福州榕达科技有限公司 and the like, for the district {@code place} (e.g. 福州市, 莆田市). */
    static String enterprise(SplittableRandom r, String place, int serial) {
        String brand = BRAND_1[r.nextInt(BRAND_1.length)] + BRAND_2[r.nextInt(BRAND_2.length)];
        // the serial keeps names of a large population apart, as real registries do
        String suffix = serial % 7 == 0 ? "" : String.valueOf("一二三四五六七八九".charAt(serial % 9));
        return place + brand + (suffix.isEmpty() ? "" : suffix + "号") + TRADE[r.nextInt(TRADE.length)]
                + FORM[r.nextInt(FORM.length)];
    }

    static String address(SplittableRandom r, String city, String district) {
        return city + district + STREETS[r.nextInt(STREETS.length)] + (1 + r.nextInt(399)) + "号";
    }

    static String mobile(SplittableRandom r) {
        String[] prefixes = { "138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186", "187", "188",
                "133", "153", "177", "180", "189", "199" };
        return prefixes[r.nextInt(prefixes.length)] + String.format("%08d", r.nextInt(100_000_000));
    }

    /** A GB 11643 resident ID: district code, birth date, sequence, check character. */
    static String residentId(SplittableRandom r, String districtCode) {
        LocalDate birth = LocalDate.of(1955, 1, 1).plusDays(r.nextInt(365 * 48));
        String body = districtCode + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + String.format("%03d", r.nextInt(1000));
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** A GB 32100 unified social credit code registered in {@code districtCode}; {@code serial} keeps it unique. */
    static String creditCode(SplittableRandom r, String districtCode, int serial) {
        StringBuilder b = new StringBuilder("91").append(districtCode);
        // organisation code part: 9 characters, unique per serial
        long v = serial * 7_919L + r.nextInt(7_919);
        for (int i = 0; i < 9; i++) {
            b.append(USCC_CHARS.charAt((int) (v % 31)));
            v /= 31;
        }
        int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(b.charAt(i)) * weights[i];
        }
        return b.append(USCC_CHARS.charAt((31 - sum % 31) % 31)).toString();
    }

    /** An index in [0, n) that favours the start (common surnames, busy applicants). */
    static int skewed(SplittableRandom r, int n) {
        double u = r.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }
}
