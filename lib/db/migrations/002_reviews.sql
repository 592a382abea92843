-- A correction states the reading an editor gives a figure, field by field (JSON keys metric,
-- reporter, partner, period, value, currency, qualifier, kind; a key left out keeps the
-- extractor's reading).
alter table reviews add constraint reviews_correction check (action <> 'correct' or jsonb_typeof(correction) = 'object');

-- A figure an editor added (the extractor missed it): the extractor's runs neither read nor
-- withdraw it.
alter table figures add column added_by text;

-- Figures as readers see them: the extractor's reading, with the newest correction in place of
-- it (a later confirmation keeps it), and the newest review beside it (review_state null when
-- nobody has reviewed the figure). Every read of figures for readers goes through
-- visible_figures below, so a corrected pair or metric is read where it now belongs.
create view reviewed_figures as
select
  f.id, f.article_id, f.sentence_index, f.span_start, f.span_end, f.sentence_text, f.number_text,
  coalesce(c.correction ->> 'metric', f.metric) as metric,
  coalesce(c.correction ->> 'reporter', f.reporter) as reporter,
  coalesce(c.correction ->> 'partner', f.partner) as partner,
  coalesce(c.correction ->> 'period', f.period) as period,
  coalesce((c.correction ->> 'value')::double precision, f.value) as value,
  case when c.correction ? 'currency' then c.correction ->> 'currency' else f.currency end as currency,
  coalesce(c.correction ->> 'qualifier', f.qualifier) as qualifier,
  coalesce(c.correction ->> 'kind', f.kind) as kind,
  f.confidence,
  f.status,
  f.withdrawn_reason,
  f.added_by,
  case r.action when 'confirm' then case when c.correction is null then 'confirmed' else 'corrected' end when 'correct' then 'corrected' when 'reject' then 'rejected' end as review_state,
  r.editor as reviewed_by,
  r.created_at as reviewed_at,
  r.note as review_note,
  case when c.correction is not null then jsonb_build_object('metric', f.metric, 'reporter', f.reporter, 'partner', f.partner, 'period', f.period, 'value', f.value, 'currency', f.currency, 'qualifier', f.qualifier, 'kind', f.kind) end as original_reading
from figures f
left join lateral (select * from reviews where reviews.figure_id = f.id order by reviews.id desc limit 1) r on true
left join lateral (select correction from reviews where reviews.figure_id = f.id and reviews.action = 'correct' order by reviews.id desc limit 1) c on true;

-- The figures readers see: current, and not rejected by an editor.
create view visible_figures as
select * from reviewed_figures where status = 'current' and review_state is distinct from 'rejected';

-- Signed-in editors: a session is known by the SHA-256 of its cookie's token, never the token.
create table editor_sessions (
  token_hash text primary key,
  editor text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

-- Who changed what, newest last: sign-ins, articles added, figures reviewed or added.
create table audit_log (
  id serial primary key,
  editor text not null,
  action text not null,
  subject text not null,
  detail jsonb,
  created_at timestamptz not null default now()
);
