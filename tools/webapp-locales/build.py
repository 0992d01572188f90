#!/usr/bin/env python3
"""Writes the Vietnamese locale (vi.json) of Camunda's Tasklist, Cockpit, Admin and Welcome apps.

Reads each app's en.json from the camunda-webapp-webjar in the local Maven repository and the
translations in <app>.vi.tsv (key TAB text); a key the app shares with another app takes that
app's translation (tasklist first, then welcome). A key no file translates keeps its English text
and is listed, so that `python3 tools/webapp-locales/build.py --check` fails on an untranslated
key of any app: every screen an official or an administrator sees is in Vietnamese.
It also fails when a translation drops or misspells a placeholder of the English text
({{ name }}, {}, %s, an HTML tag such as <a href="...">): Camunda would show the raw text or lose
the value. An empty translation (a text we hide on purpose, e.g. the CE end-of-life banner) is
exempt.

    python3 tools/webapp-locales/build.py          # rewrite the vi.json files
    python3 tools/webapp-locales/build.py --check  # only report
"""
import json, os, re, sys, zipfile, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'app', 'src', 'main', 'resources', 'META-INF', 'resources',
                   'webjars', 'camunda', 'app')
APPS = ['tasklist', 'welcome', 'admin', 'cockpit']
MUST_BE_COMPLETE = set(APPS)
# Same English, same meaning, nothing to translate (symbols, product names).
KEEP = {'<', '<=', '>', '>=', '', 'OK', 'ID', 'Camunda', 'BPMN', 'DMN', 'CMMN'}
# What Camunda fills in or renders as markup: angular-translate values, sprintf-style values, the
# plural "{}" and the HTML tags its texts carry (a link's whole tag, so its URL stays the same).
PLACEHOLDER = re.compile(r'\{\{[^{}]*\}\}|\{\}|%[sd]'
                         r'|</?(?:a|b|i|u|em|strong|br|p|span|code|small|ul|ol|li|div|pre|kbd)\b[^<>]*>')
# Keys whose translation drops a placeholder on purpose, and why.
MAY_DROP_PLACEHOLDERS = {
    # Links to /camunda-welcome, Camunda Run's path (ours is /camunda/app/welcome/): our text says
    # where the person's work is instead of sending them to a page that does not exist here.
    'FIRST_LOGIN_INFO',
}

DATE_LOCALES = {
    "calendar": {"lastDay": "[Hôm qua lúc] LT", "lastWeek": "dddd [tuần trước lúc] LT",
                 "nextDay": "[Ngày mai lúc] LT", "nextWeek": "dddd [tuần tới lúc] LT",
                 "sameDay": "[Hôm nay lúc] LT", "sameElse": "L"},
    "longDateFormat": {"L": "DD/MM/YYYY", "LL": "D [tháng] M [năm] YYYY",
                       "LLL": "DD/MM/YYYY HH:mm", "LLLL": "dddd, DD/MM/YYYY HH:mm", "LT": "HH:mm"},
    "months": ["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7",
               "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"],
    "monthsShort": ["Th01", "Th02", "Th03", "Th04", "Th05", "Th06", "Th07", "Th08", "Th09", "Th10",
                    "Th11", "Th12"],
    "relativeTime": {"M": "một tháng", "MM": "%d tháng", "d": "một ngày", "dd": "%d ngày",
                     "future": "%s nữa", "h": "một giờ", "hh": "%d giờ", "m": "một phút",
                     "mm": "%d phút", "past": "%s trước", "s": "vài giây", "y": "một năm",
                     "yy": "%d năm"},
    "week": {"dow": 1, "doy": 4},
    "weekdays": ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"],
    "weekdaysMin": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
    "weekdaysShort": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
}


def webjar():
    jars = sorted(glob.glob(os.path.expanduser(
        '~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/*/camunda-webapp-webjar-*.jar')))
    if not jars:
        sys.exit('camunda-webapp-webjar not in ~/.m2: run the Maven build once')
    return zipfile.ZipFile(jars[-1])


def english(jar, app):
    raw = jar.read('META-INF/resources/webjars/camunda/app/%s/locales/en.json' % app)
    return json.loads(raw.decode('utf-8-sig'))


def tsv(app):
    path = os.path.join(HERE, app + '.vi.tsv')
    result = {}
    if os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            key, _, text = line.partition('\t')
            result[key] = text.replace('\\n', '\n')
    return result


def placeholder_errors(english_text, vi):
    """What the translation lost or invented compared with the English text ('' when nothing)."""
    if vi == '' or vi == english_text:
        return ''
    en_ph, vi_ph = PLACEHOLDER.findall(english_text), PLACEHOLDER.findall(vi)
    lost = sorted(set(en_ph) - set(vi_ph))
    invented = sorted(set(vi_ph) - set(en_ph))
    return '; '.join(filter(None, ['missing ' + ' '.join(lost) if lost else '',
                                   'not in English ' + ' '.join(invented) if invented else '']))


def main(check_only):
    jar = webjar()
    ours = {app: tsv(app) for app in APPS}
    en = {app: english(jar, app) for app in APPS}
    failed = False
    for app in APPS:
        labels, missing, broken = {}, [], []
        for key, text in en[app]['labels'].items():
            vi = ours[app].get(key)
            if vi is None:
                for other in ('tasklist', 'welcome'):
                    if en[other]['labels'].get(key) == text and key in ours[other]:
                        vi = ours[other][key]
                        break
            if vi is None:
                vi = text
                if text.strip() not in KEEP:
                    missing.append(key)
            error = '' if key in MAY_DROP_PLACEHOLDERS else placeholder_errors(text, vi)
            if error:
                broken.append('%s (%s)' % (key, error))
            labels[key] = vi
        print('%-8s %4d keys, %4d untranslated' % (app, len(labels), len(missing)))
        if missing and app in MUST_BE_COMPLETE:
            failed = True
            print('  untranslated: ' + ', '.join(missing))
        if broken:
            failed = True
            print('  placeholders: ' + ', '.join(broken))
        out = {'labels': labels}
        if 'dateLocales' in en[app]:
            out = {'dateLocales': DATE_LOCALES, 'labels': labels}
        if not check_only:
            target = os.path.join(OUT, app, 'locales', 'vi.json')
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, 'w', encoding='utf-8') as f:
                json.dump(out, f, ensure_ascii=False, indent=2)
                f.write('\n')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main('--check' in sys.argv)
