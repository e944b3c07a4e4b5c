/**
 * The search vocabulary of Simplified Chinese: everyday words residents type and the official
 * words notices use for the same thing (src/lib/search/synonyms.ts adds the missing words of each
 * group to a project page). Locale data rather than messages, so it is not part of the `t()` dictionary.
 *
 * General vocabulary only: each group must hold for any programme in any year. Facts about a
 * programme (which project absorbed which) belong in content/, never here.
 */
import type { SearchVocabulary } from '../index.ts';

export const searchVocab = {
  /**
   * Groups of interchangeable words. A page containing any word of a group gets the others. Longer,
   * more specific words are safe; avoid single characters and words that are part of unrelated
   * longer words.
   */
  synonymGroups: [
    // Money paid out
    ['补助', '补贴', '津贴', '补助金', '补贴款', '发钱', '领钱'],
    ['资助', '助学金'],
    // Social security
    ['最低生活保障', '低保', '低保户'],
    ['基本医疗保险', '医保', '医疗保险'],
    ['新型农村合作医疗', '新农合', '合作医疗'],
    ['养老保险', '养老金', '退休金'],
    ['五保', '五保户'],
    ['特困人员', '特困户', '困难户'],
    ['法律援助', '免费法律服务'],
    // Health
    ['糖尿病', '血糖高', '二型糖尿病', '2型糖尿病', '降糖药', '降血糖'],
    ['高血压', '血压高', '降压药', '降血压'],
    ['医疗', '看病', '就医', '治病'],
    ['患者', '病人'],
    ['药物', '药品', '吃药', '拿药'],
    ['精神病', '精神疾病', '精神障碍'],
    ['新生儿', '婴儿', '宝宝'],
    ['计划生育', '计生'],
    ['免费药物', '免费药', '免费领药'],
    // People
    ['残疾人', '残疾', '残障', '残障人士'],
    ['留守儿童', '留守孩子'],
    ['高校毕业生', '大学毕业生', '应届毕业生'],
    ['老年人', '老人', '上年纪'],
    ['养老服务', '养老院', '敬老院'],
    ['困难群众', '困难家庭', '困难群体', '贫困户'],
    ['儿童', '孩子', '小孩'],
    // Schooling
    ['教育', '上学', '读书', '学校'],
    ['学生', '上学'],
    ['学费', '学杂费'],
    ['书本费', '教科书', '课本', '教材'],
    // Work
    ['见习', '实习'],
    ['技能培训', '职业培训', '技术培训'],
    ['就业', '找工作', '工作岗位'],
    // Places and works
    ['健身', '体育', '运动', '锻炼'],
    ['公园', '游园', '花园'],
    ['农贸市场', '菜市场', '菜场'],
    ['老旧小区', '旧小区', '老小区'],
    ['棚户区', '棚改', '危旧房'],
    ['支路', '道路', '修路'],
    ['文化场馆', '图书馆', '文化馆', '博物馆'],
    ['秸秆', '稻草', '麦秆'],
    ['追溯', '溯源'],
  ],
} as const satisfies SearchVocabulary;
