import { findMoneyMentions } from "@/lib/extract/money";
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), JSON.stringify(findMoneyMentions(t).map((m) => [t.slice(m.start, m.end), m.value, m.currency])));
