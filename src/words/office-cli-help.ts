import type { Bilingual } from "../types.ts";

/** Help of `quota-planner offices`. */
export const OFFICES_HELP: Bilingual = {
  zh: `用法：quota-planner offices <方案.yaml> [选项]
检查乡镇机构设置（R10）与派驻机构（R11）：各乡镇是否设有八个统一设置机构（缺哪些）、自设机构数是否超过所属类别的机构限额（超出多少），法庭、检察室、司法所、派出所、市场监管所、自然资源所是否保持派驻，派驻机构人员是否计入乡镇在编人数。机构表由方案的 offices 键指定；没有机构表时 R10 只按数据表“机构数”列检查限额，R11 注明未检查及原因。方案文件可以只含一种编制类型，也可以用 postTypes 含多种（行政编制、事业编制、科级领导职数）：机构按乡镇而不按编制类型设置，多编制类型方案同样只列一张表。
  --format table|json|csv|md  输出格式（默认 table）
  --out 目录                  另把 JSON、CSV（UTF-8 BOM）和 Markdown 写入该目录，文件名为 <方案>-offices.json/.csv/.md（全部写成或一个不写）
  --lang zh|en                语言（默认 zh）
退出码：0 完成（检查未通过也照常列出），2 输入或参数有误，或 --out 无法写入（附路径）。
`,
  en: `Usage: quota-planner offices <scenario.yaml> [options]
Checks the townships' offices (R10) and stationed agencies (R11): whether each township has the eight uniform offices (and which it lacks), whether its own offices exceed its category's institution cap (and by how much), whether the court, procuratorate, judicial, police, market-regulation and natural-resources offices stay stationed, and whether stationed staff are counted in the township's staff. The offices table is the scenario's offices key; without it R10 checks the cap from the county table's office-count column only and R11 says it was not checked and why. A file with several post types (postTypes: admin, institution and leader posts) is read too: offices are per township, not per post type, so it gives one table.
  --format table|json|csv|md  output format (default table)
  --out dir                   also write JSON, CSV (UTF-8 BOM) and Markdown there as <scenario>-offices.json/.csv/.md (all three or none)
  --lang zh|en                language (default zh)
Exit codes: 0 done (failed checks are listed, not an error), 2 bad input or usage, or --out cannot be written (with the path).
`,
};

/** Help of `quota-planner categories`. */
export const CATEGORIES_HELP: Bilingual = {
  zh: `用法：quota-planner categories <方案.yaml> [选项]
按因素综合得分（编制标准的加权指数）为各乡镇建议类别（R1），与申报类别并列并说明理由：县政府驻地镇保持申报，其余乡镇以自然断点法（ckmeans）分为四组，由高到低建议为中心镇、重点镇、特色镇、一般乡镇。建议从不改变申报类别。多编制类型方案（postTypes）取行政编制的加权指数（没有行政编制时取第一种编制类型的），输出中写明所用指数。
  --format table|json|csv|md  输出格式（默认 table）
  --out 目录                  另把 JSON、CSV（UTF-8 BOM）和 Markdown 写入该目录，文件名为 <方案>-categories.json/.csv/.md（全部写成或一个不写）
  --lang zh|en                语言（默认 zh）
退出码：0 完成，2 输入或参数有误，或 --out 无法写入（附路径）。
`,
  en: `Usage: quota-planner categories <scenario.yaml> [options]
Suggests each township's category from its composite (the standard's weighted index, R1), beside the declared one with the reason: the county seat stays as declared, the others are split by natural breaks (ckmeans) into four groups, suggested from the highest down as central, key, characteristic and general. The suggestion never changes the declared category. A file with several post types (postTypes) uses the admin posts' weighted index (else its first post type's), and the output says which.
  --format table|json|csv|md  output format (default table)
  --out dir                   also write JSON, CSV (UTF-8 BOM) and Markdown there as <scenario>-categories.json/.csv/.md (all three or none)
  --lang zh|en                language (default zh)
Exit codes: 0 done, 2 bad input or usage, or --out cannot be written (with the path).
`,
};
