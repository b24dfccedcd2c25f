{#
    Text normalisation and sentence splitting, shared by the models and the lexicon test so a
    pattern is always tested against text prepared exactly as the classifier prepares it.
#}

{% macro normalise_text(text) -%}
    {#-
        lower case, ё -> е, soft hyphens dropped, dashes (U+2010-U+2014) unified to '-',
        typographic quotes to '"', every run of white space (incl. no-break and thin spaces) to
        one space, no space at either end.

        Written for speed on tens of millions of sentences: one replace() per character (a
        chain of plain replaces is twice as fast as one translate()), and the white-space regex
        and trim only where they change something (most sentences have neither a double space
        nor a space at an end). DuckDB computes the repeated mapped expression once.
    -#}
    {%- set mapped = normalise_characters('lower(' ~ text ~ ')') -%}
    case
        when contains({{ mapped }}, '  ') or starts_with({{ mapped }}, ' ')
            or ends_with({{ mapped }}, ' ')
            then trim(regexp_replace({{ mapped }}, ' {2,}', ' ', 'g'))
        else {{ mapped }}
    end
{%- endmacro %}


{% macro normalise_characters(text) -%}
    {#- The character mapping of normalise_text, as nested replace() calls. -#}
    {%- set mapping = [(1105, "'е'")]
        + [(8208, "'-'"), (8209, "'-'"), (8210, "'-'"), (8211, "'-'"), (8212, "'-'")]
        + [(171, "'\"'"), (187, "'\"'"), (8220, "'\"'"), (8221, "'\"'"), (8222, "'\"'")]
        + [(9, "' '"), (10, "' '"), (12, "' '"), (13, "' '"), (160, "' '"), (8201, "' '"),
           (8239, "' '")]
        + [(173, "''")] -%}
    {%- set ns = namespace(expr=text) -%}
    {%- for code, replacement in mapping -%}
        {%- set ns.expr = 'replace(' ~ ns.expr ~ ', chr(' ~ code ~ '), ' ~ replacement ~ ')' -%}
    {%- endfor -%}
    {{ ns.expr }}
{%- endmacro %}


{% macro split_sentences(text) -%}
    {#-
        A list of sentences. Boundaries: a line break, except a single one between a line that
        does not end a sentence and one that starts in lower case (the hard-wrapped text of
        older pages: "Генеральный прокурор Юрий Хитрин\nвозбудил уголовное дело", blind check
        26; a cheap test first, since most texts have no line starting in lower case); terminal
        punctuation (. ! ? …, with closing quotes or brackets) followed by space and a capital
        letter, digit or opening quote/dash, or directly by a Cyrillic capital (real pages lose the space where markup
        joined two paragraphs: "сообщает KazTAG.kz.Корреспонденты"; a Latin one would
        split dotted names such as Ar.Rukh.Khak). Common abbreviations
        (г., ст., ул., тыс., ж. …) and initials (Н. Назарбаев) do not end a sentence. The
        boundary mark is the ASCII record separator, chr(30).
    -#}
    string_split(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    regexp_replace(
                        case
                            when regexp_matches(coalesce({{ text }}, ''), '\n[ \t]*[a-zа-яёәғқңөұүһі]')
                                then regexp_replace(
                                    {{ text }},
                                    '([^.!?…:;\r\n])[ \t]*\r?\n[ \t]*([a-zа-яёәғқңөұүһі])', '\1 \2', 'g')
                            else coalesce({{ text }}, '')
                        end,
                        '[ \t]*(\r?\n)+[ \t]*', chr(30), 'g'),
                    '([.!?…]+["»”)]*)(?:[ \t\x{00A0}]+(["«“(—–-]*[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])'
                    || '|([А-ЯЁӘҒҚҢӨҰҮҺІ]))',
                    '\1' || chr(30) || '\2\3', 'g'),
                '(^|[^{{ letter_class() }}])'
                || '(г|гг|ст|им|ул|пр|просп|пл|обл|р-н|мкр|тыс|млн|млрд|руб|долл|проф|акад|ген|см|рис'
                || '|ж|жж|көш|т\.е|т\.к|т\.д|т\.п)\.' || chr(30),
                '\1\2. ', 'gi'),
            '(^|[^{{ letter_class() }}])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.' || chr(30),
            '\1\2. ', 'g'),
        chr(30))
{%- endmacro %}


{% macro kazakh_in_cyrillic(text, lang) -%}
    {#-
        A Kazakh sentence written in Latin letters (more than twice as many Latin letters as
        Cyrillic ones: real Latin-alphabet pages slip in a Cyrillic і now and then) transliterated
        to Cyrillic, where the Kazakh lexicon can match it (kazakh_latin_to_cyrillic:
        qysym.translit, registered by the qysym.dbt_plugin plugin; it leaves Cyrillic letters as
        they are); every other sentence as it is. The cheap test for a run of Latin letters comes
        first, so ordinary Cyrillic sentences are never counted.
    -#}
    case
        when
            {{ lang }} = 'kk'
            and regexp_matches({{ text }}, '[A-Za-z]{3}')
            and length(regexp_replace({{ text }}, '[^A-Za-z\x{00C0}-\x{024F}]', '', 'g'))
            > 2 * length(regexp_replace({{ text }}, '[^\x{0400}-\x{04FF}]', '', 'g'))
            then kazakh_latin_to_cyrillic({{ text }})
        else {{ text }}
    end
{%- endmacro %}
