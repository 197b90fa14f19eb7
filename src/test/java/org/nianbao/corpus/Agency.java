package org.nianbao.corpus;

import java.util.List;
import java.util.Random;

/**
 * A reporting body: its name and whether it is a county-level-or-higher government (deadline 31 March) or a
 * department, township or sub-district office (31 January).
 */
record Agency(String name, boolean government, String place) {
    private static final List<String> CITIES = List.of("青山", "东湖", "临川", "安平", "清河", "永宁", "华阳", "金水",
            "龙泉", "白沙", "南屏", "柳江", "云溪", "长乐", "宁远", "泰和", "丰城", "兴隆", "平湖", "石门");
    private static final List<String> TOWNS = List.of("城关", "新桥", "桃源", "东关", "西湖", "北塘", "南湖", "河口");
    private static final List<String> GOVERNMENT_SUFFIXES = List.of("市", "县", "区");
    private static final List<String> DEPARTMENTS = List.of("教育局", "财政局", "卫生健康委员会", "自然资源和规划局",
            "住房和城乡建设局", "交通运输局", "农业农村局", "商务局", "文化和旅游局", "市场监督管理局", "生态环境局",
            "人力资源和社会保障局", "民政局", "司法局", "应急管理局", "医疗保障局", "统计局", "水利局", "审计局");

    /** One body in four is a government; the rest are departments and, now and then, a sub-district or town. */
    static Agency pick(Random random, boolean forceGovernment) {
        String city = CITIES.get(random.nextInt(CITIES.size()));
        String suffix = GOVERNMENT_SUFFIXES.get(random.nextInt(GOVERNMENT_SUFFIXES.size()));
        String place = city + suffix;
        if (forceGovernment || random.nextInt(4) == 0) {
            return new Agency(place + "人民政府", true, place);
        }
        int kind = random.nextInt(10);
        String town = TOWNS.get(random.nextInt(TOWNS.size()));
        if (kind == 0) {
            return new Agency(place + town + "街道办事处", false, place);
        }
        if (kind == 1) {
            return new Agency(place + town + "镇人民政府", false, place);
        }
        return new Agency(place + DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())), false, place);
    }

    /**
     * A body that reports for a region: a development zone's or new area's 管理委员会, whose report sums up the
     * region's bodies, so it is held to a government's deadline (31 March).
     */
    static Agency region(Random random) {
        String city = CITIES.get(random.nextInt(CITIES.size())) + "市";
        String zone = List.of("经济技术开发区", "高新技术产业开发区", "新区").get(random.nextInt(3));
        return new Agency(city + zone + "管理委员会", true, city);
    }

    /** The level as the model names it. */
    String level() {
        return government ? "government" : "department";
    }
}
