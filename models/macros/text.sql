{#
    Text normalisation and sentence splitting, shared by the models and the lexicon test so a
    pattern is always tested against text prepared exactly as the classifier prepares it.
#}

{% macro normalise_text(text) -%}
    {#-
        lower case, ё -> е, soft hyphens dropped, dashes unified to '-', typographic quotes to '"',
        every run of white space (incl. no-break and thin spaces) to one space
    -#}
    trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        replace(lower({{ text }}), 'ё', 'е'),
        '\x{00AD}', '', 'g'),
        '[\x{2010}-\x{2014}]', '-', 'g'),
        '[«»“”„]', '"', 'g'),
        '[\s\x{00A0}\x{2009}\x{202F}]+', ' ', 'g'))
{%- endmacro %}


{% macro split_sentences(text) -%}
    {#-
        A list of sentences. Boundaries: any line break; terminal punctuation (. ! ? …, with
        closing quotes or brackets) followed by space and a capital letter, digit or opening
        quote/dash. Common abbreviations (г., ст., ул., тыс., ж. …) and initials (Н. Назарбаев)
        do not end a sentence. The boundary mark is the ASCII record separator, chr(30).
    -#}
    string_split(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    regexp_replace(
                        coalesce({{ text }}, ''),
                        '[ \t]*(\r?\n)+[ \t]*', chr(30), 'g'),
                    '([.!?…]+["»”)]*)[ \t\x{00A0}]+(["«“(—–-]*[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])',
                    '\1' || chr(30) || '\2', 'g'),
                '(^|[^{{ letter_class() }}])'
                || '(г|гг|ст|им|ул|пр|просп|пл|обл|р-н|мкр|тыс|млн|млрд|руб|долл|проф|акад|ген|см|рис'
                || '|ж|жж|көш|т\.е|т\.к|т\.д|т\.п)\.' || chr(30),
                '\1\2. ', 'gi'),
            '(^|[^{{ letter_class() }}])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.' || chr(30),
            '\1\2. ', 'g'),
        chr(30))
{%- endmacro %}
