package org.shegong.testing.internal;

import java.util.SplittableRandom;

/**
 * Small word lists for plausible (fake) names and texts of the sample data.
 *
 * @since 0.1.0
 */
public final class Words {

  static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高",
    "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"
  };
  static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞",
        "平",
    "刚", "桂", "英", "华", "玉", "兰", "萍", "红", "鹏", "浩", "宇", "欣", "怡", "子", "涵", "梓", "轩", "睿", "诺",
        "雨",
    "佳", "琪", "博", "文", "晨", "思", "俊", "嘉"
  };
  static final String[] AGENCY_WORDS = {"阳光", "同心", "暖阳", "启航", "仁爱", "和谐", "春晖", "善行", "彩虹", "家和"};
  static final String[] KEY_PROJECTS = {
    "困境儿童关爱保护项目", "留守儿童成长陪伴项目", "独居老人关爱项目", "社会救助对象帮扶项目", "社区治理能力提升项目", "残疾人康复支持项目"
  };
  static final String[] BRANDS = {"幸福食堂", "四点半课堂", "银龄互助", "护苗行动", "邻里守望", "巾帼家园", "书香社区", "暖心驿站"};
  static final String[] VILLAGE_WORDS = {
    "东", "西", "南", "北", "新", "和平", "红旗", "团结", "胜利", "富民", "长青", "光明"
  };
  static final String[] DEMAND_SUMMARIES = {
    "独居老人希望定期上门探访",
    "留守儿童课后作业辅导",
    "困难家庭申请临时救助咨询",
    "社区老年食堂用餐需求",
    "残疾人出行陪同",
    "儿童暑期安全教育",
    "居民希望开展邻里议事",
    "微心愿：一套学习文具"
  };
  static final String[] REJECTION_REASONS = {"不属于本站服务范围", "已由其他部门受理", "需求信息不完整且无法联系"};
  static final String[] PROJECT_THEMES = {
    "儿童关爱保护", "困境儿童帮扶", "老年人关爱服务", "五社联动社区治理", "社会救助服务", "留守儿童成长守护"
  };
  static final String[] GOALS = {"保障基本生活", "恢复正常上学", "改善家庭照料", "链接助学资源", "提升安全意识", "建立同伴支持"};
  static final String[] TIER_REASONS = {
    "家庭经济困难", "父母长期外出务工", "监护缺失", "父母双亡", "父母一方服刑", "本人残疾", "监护不当", "健康成长，定期关注"
  };

  private Words() {}

  /**
   * Returns one element of an array.
   *
   * @param random the source of randomness
   * @param words the words, not empty
   * @return one of them
   */
  public static String pick(SplittableRandom random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  /**
   * Returns a plausible Chinese personal name: a surname and one or two given characters.
   *
   * @param random the source of randomness
   * @return a fake name
   */
  public static String personName(SplittableRandom random) {
    return personName(random, pick(random, SURNAMES));
  }

  /**
   * Returns a plausible Chinese personal name with the given surname.
   *
   * @param random the source of randomness
   * @param surname the surname
   * @return a fake name
   */
  public static String personName(SplittableRandom random, String surname) {
    String name = surname + pick(random, GIVEN);
    return random.nextInt(3) == 0 ? name : name + pick(random, GIVEN);
  }
}
