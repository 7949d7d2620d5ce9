"""Synthetic pairs for the rules whose fix is a local rewrite of one call or assignment."""
from __future__ import annotations

import random
from collections.abc import Callable

from models.data.names import Pool

Pair = tuple[str, str, list[str]]


def _t(p: Pool, rng: random.Random, always: bool = False) -> str:
    if rng.random() < 0.2:
        return "return "
    return f"{p.var()} = " if always or rng.random() < 0.7 else ""


def _src(p: Pool, rng: random.Random) -> str:
    return rng.choice([p.var(), p.var(), f"{p.var()}.read()", f"request.data", f"{p.var()}.{p.word()}", f'request.form["{p.word()}"]'])


def yaml_load(p: Pool, rng: random.Random) -> Pair:
    t, s = _t(p, rng, True), rng.choice([p.var(), f"open({p.var()})", f"{p.var()}.read()", "f"])
    v = rng.choice([f"yaml.load({s})", f"yaml.load({s}, Loader=yaml.Loader)", f"yaml.load({s}, Loader=yaml.FullLoader)", f"yaml.unsafe_load({s})", f"yaml.load({s}, Loader=yaml.UnsafeLoader)"])
    return f"{t}{v}", f"{t}yaml.safe_load({s})", []


def pickle_load(p: Pool, rng: random.Random, mod: str = "pickle") -> Pair:
    t, fn = _t(p, rng, True), rng.choice(["load", "loads"])
    s = rng.choice(["f", p.var(), f"open({p.var()}, \"rb\")"]) if fn == "load" else _src(p, rng)
    plain = s.replace(', "rb"', "")
    return f"{t}{mod}.{fn}({s})", f"{t}json.{fn}({plain})", []


def eval_call(p: Pool, rng: random.Random) -> Pair:
    t, s = _t(p, rng), _src(p, rng)
    s = rng.choice([s, s, f'request.args.get("{p.word()}")', f"{p.var()}.strip()"])
    return f"{t}eval({s})", f"{t}ast.literal_eval({s})", []


def exec_call(p: Pool, rng: random.Random) -> Pair:
    s = rng.choice([p.var(), _src(p, rng)])
    return f"exec({s})", f"ast.literal_eval({s})", []


def hardcoded_password(p: Pool, rng: random.Random) -> Pair:
    secret = rng.choice(["hunter2", "admin123", "P@ssw0rd!", "changeme", "s3cr3t", "letmein2024", p.word() + "123", "Secret_" + p.word()])
    if rng.random() < 0.5:
        n = rng.choice(["password", "passwd", "db_password", "DB_PASSWORD", "admin_password", "PASSWORD", "pwd", f"{p.word()}_password", "smtp_pass"])
        return f'{n} = "{secret}"', f'{n} = os.environ["{n.upper()}"]', []
    call = rng.choice(["psycopg2.connect", "pymysql.connect", f"{p.var()}.login", "smtplib.SMTP_SSL(HOST).login", f"{p.cls()}"])
    kw = [f'host="{p.word()}.local"', f'user="{p.word()}"', f'password="{secret}"']
    rng.shuffle(kw)
    fk = [k if not k.startswith("password") else 'password=os.environ["DB_PASSWORD"]' for k in kw]
    t = _t(p, rng, True)
    return f"{t}{call}({', '.join(kw)})", f"{t}{call}({', '.join(fk)})", []


def hardcoded_secret(p: Pool, rng: random.Random) -> Pair:
    secret = rng.choice(["dev-secret", "supersecretkey", "a8f5f167f44f4964e6c998dee827110c", "sk_live_" + p.word() + "42", "my-" + p.word() + "-key"])
    r = rng.random()
    if r < 0.3:
        return f'app.config["SECRET_KEY"] = "{secret}"', 'app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]', []
    if r < 0.5:
        return f'app.secret_key = "{secret}"', 'app.secret_key = os.environ["SECRET_KEY"]', []
    n = rng.choice(["SECRET_KEY", "API_KEY", "AUTH_TOKEN", "JWT_SECRET", "api_key", "secret_key", f"{p.word().upper()}_API_KEY", "access_token"])
    return f'{n} = "{secret}"', f'{n} = os.environ["{n.upper()}"]', []


def weak_hash(p: Pool, rng: random.Random, algo: str) -> Pair:
    s = rng.choice([p.var(), f"{p.var()}.encode()", f'{p.var()}.encode("utf-8")', f"{p.var()}.read()"])
    t, tail = _t(p, rng, True), rng.choice([".hexdigest()", ".hexdigest()", ".digest()", ""])
    if rng.random() < 0.25:
        return f'{t}hashlib.new("{algo}", {s}){tail}', f'{t}hashlib.new("sha256", {s}){tail}', []
    return f"{t}hashlib.{algo}({s}){tail}", f"{t}hashlib.sha256({s}){tail}", []


def weak_cipher(p: Pool, rng: random.Random) -> Pair:
    k, t = p.var(), _t(p, rng, True)
    v = rng.choice([f"AES.new({k}, AES.MODE_ECB)", f"DES.new({k}, DES.MODE_ECB)", f"DES.new({k}, DES.MODE_CBC, {p.var()})", f"ARC4.new({k})", f"Blowfish.new({k}, Blowfish.MODE_ECB)", f"DES3.new({k}, DES3.MODE_ECB)"])
    return f"{t}{v}", f"{t}AES.new({k}, AES.MODE_GCM)", []


def insecure_random(p: Pool, rng: random.Random) -> Pair:
    t = _t(p, rng, True)
    r = rng.random()
    if r < 0.35:
        chars, n = rng.choice(["string.ascii_letters + string.digits", p.var(), "ALPHABET"]), rng.choice(["16", "32", "8", p.var()])
        v = f'"".join(random.choice({chars}) for _ in range({n}))'
        return f"{t}{v}", f"{t}{v.replace('random.choice', 'secrets.choice')}", []
    if r < 0.55:
        return f"{t}random.randint(100000, 999999)", f"{t}secrets.randbelow(900000) + 100000", []
    if r < 0.75:
        return f"{t}str(random.getrandbits(128))", f"{t}secrets.token_hex(16)", []
    return f"{t}{rng.choice(['str(random.random())', 'uuid.uuid1().hex', 'hex(random.randint(0, 2**64))'])}", f"{t}secrets.token_urlsafe(32)", []


def requests_call(p: Pool, rng: random.Random, rule: str) -> Pair:
    meth, u = rng.choice(["get", "get", "post", "put", "delete"]), rng.choice([p.var(), f'f"{{{p.var()}}}/api/{p.word()}"', f"{p.var()} + \"/{p.word()}\""])
    extra = rng.sample([f"params={p.var()}", f"headers={p.var()}", f"json={p.var()}", f"auth=({p.var()}, {p.var()})", "stream=True"], rng.randint(0, 2))
    t, tail = _t(p, rng), rng.choice(["", "", ".json()", ".text"])
    has_timeout = rule == "requests-verify-false" and rng.random() < 0.4
    va = [u] + extra + (["verify=False"] if rule == "requests-verify-false" else []) + (["timeout=30"] if has_timeout else [])
    fa = [u] + extra + (["verify=True"] if rule == "requests-verify-false" else []) + (["timeout=30"] if has_timeout else ["timeout=10"])
    mod = rng.choice(["requests", "requests", f"self.{p.word()}", "session"])
    return f"{t}{mod}.{meth}({', '.join(va)}){tail}", f"{t}{mod}.{meth}({', '.join(fa)}){tail}", []


def ssl_context(p: Pool, rng: random.Random) -> Pair:
    r, c = rng.random(), rng.choice(["ctx", "context", p.var()])
    if r < 0.4:
        return f"{c} = ssl._create_unverified_context()", f"{c} = ssl.create_default_context()", []
    if r < 0.6:
        return f"{c}.verify_mode = ssl.CERT_NONE", f"{c}.verify_mode = ssl.CERT_REQUIRED", []
    if r < 0.75:
        return f"{c}.check_hostname = False", f"{c}.check_hostname = True", []
    t = _t(p, rng)
    return f"{t}urlopen({p.var()}, context=ssl._create_unverified_context())", f"{t}urlopen({p.var()}, context=ssl.create_default_context())", []


def xxe(p: Pool, rng: random.Random) -> Pair:
    t, s = _t(p, rng, True), rng.choice([p.var(), f"{p.var()}.read()", "request.data"])
    r = rng.random()
    if r < 0.3:
        kw = rng.sample(["recover=True", "no_network=False", "huge_tree=True"], rng.randint(0, 1))
        return f"{t}etree.XMLParser({', '.join(['resolve_entities=True'] + kw)})", f"{t}etree.XMLParser({', '.join(['resolve_entities=False'] + kw)})", []
    fn = rng.choice(["fromstring", "parse"])
    mod = rng.choice(["ET", "ElementTree", "xml.etree.ElementTree", "minidom"])
    if mod == "minidom":
        fn = rng.choice(["parseString", "parse"])
    safe = "defusedxml.minidom" if mod == "minidom" else "defusedxml.ElementTree"
    return f"{t}{mod}.{fn}({s})", f"{t}{safe}.{fn}({s})", []


def mktemp(p: Pool, rng: random.Random) -> Pair:
    kw = rng.choice(["", 'suffix=".txt"', 'suffix=".json"', f'prefix="{p.word()}_"', f"dir={p.var()}"])
    v = p.var()
    if rng.random() < 0.6:
        return f"{v} = tempfile.mktemp({kw})", f"fd, {v} = tempfile.mkstemp({kw})", []
    mode = rng.choice(['"w"', '"wb"', '"w+"'])
    return f"{v} = open(tempfile.mktemp({kw}), {mode})", f"{v} = tempfile.NamedTemporaryFile({', '.join(x for x in [mode, kw, 'delete=False'] if x)})", []


def chmod(p: Pool, rng: random.Random) -> Pair:
    m, tgt = rng.choice(["0o777", "0o666", "0o776", "0o766", "0o677", "511"]), rng.choice([p.var(), f"os.path.join({p.var()}, {p.var()})", p.var() + ".name"])
    return f"os.chmod({tgt}, {m})", f"os.chmod({tgt}, 0o600)", []


def ssrf(p: Pool, rng: random.Random) -> Pair:
    u, t = p.var(), f"{p.var()} = "
    call = rng.choice([f"requests.get({u}, timeout=10)", f"requests.post({u}, json={p.var()}, timeout=10)", f"urlopen({u}, timeout=10)"])
    pre = f'{u} = request.args.get("{rng.choice(["url", "target", "callback", "endpoint", p.word()])}")'
    v = f"{t}{call.replace(', timeout=10', '') if rng.random() < 0.5 and 'urlopen' in call else call}"
    f = f'if urlparse({u}).hostname not in ALLOWED_HOSTS:\n    raise ValueError("host not allowed")\n{t}{call}'
    return v, f, [pre]


def open_redirect(p: Pool, rng: random.Random) -> Pair:
    u = p.var()
    pre = f'{u} = request.args.get("{rng.choice(["next", "url", "redirect_to", "return_to", p.word()])}")'
    v = rng.choice([f"return redirect({u})", f"return redirect({u}, code=302)"])
    f = f"if urlparse({u}).netloc and urlparse({u}).netloc not in ALLOWED_HOSTS:\n    abort(400)\n{v}"
    return v, f, [pre]


def nested_regex(p: Pool, rng: random.Random) -> Pair:
    atom = rng.choice([r"\w", r"\d", "[a-z]", "[A-Za-z0-9]", r"\s", "[^/]", p.word()[:2]])
    inner, outer = rng.choice(["+", "*"]), rng.choice(["+", "*"])
    pre, post = rng.choice(["^", "", "^" + p.word() + "-"]), rng.choice(["$", "", "@", r"\.com$"])
    bad = f"{pre}({atom}{inner}){outer}{post}"
    good = f"{pre}{atom}{'+' if inner == outer == '+' else '*'}{post}"
    fn, t = rng.choice(["compile", "match", "search", "fullmatch"]), _t(p, rng, True)
    arg = "" if fn == "compile" else f", {p.var()}"
    return f'{t}re.{fn}(r"{bad}"{arg})', f'{t}re.{fn}(r"{good}"{arg})', []


def flask_debug(p: Pool, rng: random.Random) -> Pair:
    kw = rng.sample(['host="0.0.0.0"', "port=5000", f"port={p.var()}", "threaded=True"], rng.randint(0, 2))
    pos = rng.randint(0, len(kw))
    a = rng.choice(["app", p.var()])
    return f"{a}.run({', '.join(kw[:pos] + ['debug=True'] + kw[pos:])})", f"{a}.run({', '.join(kw[:pos] + ['debug=False'] + kw[pos:])})", []


def traceback_exposed(p: Pool, rng: random.Random) -> Pair:
    r = rng.random()
    if r < 0.4:
        return "return traceback.format_exc(), 500", 'logging.exception("unhandled error")\nreturn "internal error", 500', []
    if r < 0.7:
        k = p.word()
        return f'return jsonify({{"{k}": traceback.format_exc()}}), 500', f'logging.exception("unhandled error")\nreturn jsonify({{"{k}": "internal error"}}), 500', []
    return "return str(traceback.format_exc())", 'logging.exception("unhandled error")\nreturn "internal error"', []


def log_injection(p: Pool, rng: random.Random) -> Pair:
    lg, lvl = rng.choice(["logger", "logging", "log", "self.logger", "app.logger"]), rng.choice(["info", "warning", "error", "debug"])
    ws, vs = p.vars(rng.randint(2, 5)), p.vars(rng.randint(1, 2))
    lits = [" ".join(rng.sample(ws, rng.randint(1, len(ws)))) for _ in range(len(vs) + 1)]
    style = rng.choice(["fstring", "percent", "concat"])
    if style == "fstring":
        msg = 'f"' + "".join(f"{lits[i]} {{{v}}} " for i, v in enumerate(vs)) + lits[-1] + '"'
    elif style == "percent":
        msg = '"' + "".join(f"{lits[i]} %s " for i in range(len(vs))) + lits[-1] + '" % ' + (vs[0] if len(vs) == 1 else "(" + ", ".join(vs) + ")")
    else:
        msg = " + ".join(f'"{lits[i]} " + {v} + " "' for i, v in enumerate(vs)).replace('" + "', "") + f' + "{lits[-1]}"'
    fmt = '"' + "".join(f"{lits[i]} %s " for i in range(len(vs))) + lits[-1] + '"'
    args = ", ".join(f'str({v}).replace("\\n", "")' for v in vs)
    return f"{lg}.{lvl}({msg})", f"{lg}.{lvl}({fmt}, {args})", []


def markup(p: Pool, rng: random.Random) -> Pair:
    tag, vs = rng.choice(["b", "p", "span", "div", "a", "li", "h1"]), p.vars(rng.randint(1, 2))
    inner = " ".join("{" + v + "}" for v in vs)
    t = rng.choice(["return ", f"{p.var()} = "])
    return f'{t}Markup(f"<{tag}>{inner}</{tag}>")', f'{t}Markup("<{tag}>{" ".join("{}" for _ in vs)}</{tag}>").format({", ".join(vs)})', []


def jinja_autoescape(p: Pool, rng: random.Random) -> Pair:
    loader = rng.choice([f"FileSystemLoader({p.var()})", f'FileSystemLoader("{p.word()}")', f"PackageLoader({p.var()})"])
    mod, t = rng.choice(["", "jinja2."]), _t(p, rng, True)
    if rng.random() < 0.6:
        return f"{t}{mod}Environment(loader={loader}, autoescape=False)", f"{t}{mod}Environment(loader={loader}, autoescape=True)", []
    return f"{t}{mod}Environment(loader={loader})", f"{t}{mod}Environment(loader={loader}, autoescape=True)", []


def open_path(p: Pool, rng: random.Random) -> Pair:
    base, name = rng.choice(["UPLOAD_DIR", "BASE_DIR", p.var(), "self.root"]), p.var()
    mode = rng.choice(["", ', "rb"', ', "w"', ', "r", encoding="utf-8"'])
    v = rng.choice([f"os.path.join({base}, {name})", f'f"{{{base}}}/{{{name}}}"', f'{base} + "/" + {name}'])
    f = f"os.path.join({base}, os.path.basename({name}))"
    if rng.random() < 0.5:
        h = p.var()
        return f"with open({v}{mode}) as {h}:\n    {h}.{rng.choice(['read()', 'write(data)'])}", f"with open({f}{mode}) as {h}:\n    {h}.{rng.choice(['read()', 'write(data)'])}", []
    t = _t(p, rng, True)
    return f"{t}open({v}{mode})", f"{t}open({f}{mode})", []


def tar_extract(p: Pool, rng: random.Random) -> Pair:
    tar, dest = rng.choice(["tar", "tf", p.var()]), rng.choice(["", p.var(), f"path={p.var()}", '"."'])
    if rng.random() < 0.3:
        tar = f"tarfile.open({p.var()})"
    fixed = ", ".join(x for x in [dest, 'filter="data"'] if x)
    return f"{tar}.extractall({dest})", f"{tar}.extractall({fixed})", []


SIMPLE: dict[str, Callable[[Pool, random.Random], Pair]] = {
    "yaml-unsafe-load": yaml_load,
    "pickle-load": pickle_load,
    "marshal-load": lambda p, r: pickle_load(p, r, "marshal"),
    "eval-call": eval_call,
    "exec-call": exec_call,
    "hardcoded-password": hardcoded_password,
    "hardcoded-secret-key": hardcoded_secret,
    "md5-hash": lambda p, r: weak_hash(p, r, "md5"),
    "sha1-hash": lambda p, r: weak_hash(p, r, "sha1"),
    "weak-cipher": weak_cipher,
    "insecure-random-token": insecure_random,
    "requests-verify-false": lambda p, r: requests_call(p, r, "requests-verify-false"),
    "requests-no-timeout": lambda p, r: requests_call(p, r, "requests-no-timeout"),
    "ssl-unverified-context": ssl_context,
    "xml-external-entities": xxe,
    "tempfile-mktemp": mktemp,
    "chmod-permissive": chmod,
    "ssrf-user-url": ssrf,
    "open-redirect": open_redirect,
    "regex-nested-quantifier": nested_regex,
    "flask-debug-true": flask_debug,
    "traceback-exposed": traceback_exposed,
    "log-injection": log_injection,
    "markup-from-format": markup,
    "jinja2-autoescape-false": jinja_autoescape,
    "open-user-path": open_path,
    "tarfile-extractall": tar_extract,
}
