-- A World Bank indicator in local currency units ("GDP (current LCU)", "Exports of goods and services (constant
-- LCU)") had no unit, so an amount in soms could never be checked against Kyrgyzstan's GDP in soms. Such an
-- indicator and its observations are now in 'LCU': each economy's own currency. (Conversion factors, "LCU per
-- international $", keep theirs.)
update indicator set unit = 'LCU'
where unit = '' and name like '% LCU)%';

update observation set unit = 'LCU'
where unit = '' and series_id in (
    select s.id from series s join indicator i on i.code = s.indicator_code where i.unit = 'LCU');
