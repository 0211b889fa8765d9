"""The architecture's rules, read from the source with `ast`: no import cycles among the
project's modules, no upward imports (loaders -> graph -> api), and one module that reads
the environment (loaders.settings).

Every import statement counts, wherever it stands: at module level, in a function (a lazy
import still runs, and still ties the two modules together) or under TYPE_CHECKING."""
from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("loaders", "graph", "api", "cypher")
# lower layers never import higher ones (cypher holds the query files; only graph reads it)
LAYERS = ("loaders", "graph", "api")

KNOWN_CYCLES: set[frozenset[str]] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@lru_cache(maxsize=1)
def sources() -> dict[str, tuple[Path, ast.Module]]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            found[module_name(path)] = (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


def imported(module: str, tree: ast.Module, is_package: bool, known: set[str]) -> set[str]:
    """The project modules `module` imports: `from a.b import c` names the module a.b.c when
    there is one, else a.b."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package upwards
                package = module.split(".") if is_package else module.split(".")[:-1]
                anchor = package[:len(package) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                     for alias in node.names]
        else:
            continue
        for name in names:
            # `import a.b.c` of a non-module attribute path: the longest module prefix
            parts = name.split(".")
            while parts and ".".join(parts) not in known:
                parts.pop()
            if parts and ".".join(parts) != module:
                out.add(".".join(parts))
    return out


@lru_cache(maxsize=1)
def import_graph() -> nx.DiGraph:
    found = sources()
    graph = nx.DiGraph()
    for module, (path, tree) in found.items():
        graph.add_node(module)
        for target in imported(module, tree, path.name == "__init__.py", set(found)):
            graph.add_edge(module, target)
    return graph


def cycles(graph: nx.DiGraph) -> dict[frozenset[str], list[list[str]]]:
    """Each knot of mutually importing modules (a strongly connected component), with every
    simple cycle in it, each starting at its first module in alphabetical order."""
    def rotated(loop: list[str]) -> list[str]:
        i = loop.index(min(loop))
        return loop[i:] + loop[:i]
    return {frozenset(knot): sorted(rotated(loop) for loop in nx.simple_cycles(graph.subgraph(knot)))
            for knot in nx.strongly_connected_components(graph) if len(knot) > 1}


def test_the_import_graph_sees_function_level_and_type_checking_imports():
    graph = import_graph()
    assert len(graph) > 40
    assert graph.has_edge("api.cli", "api.cli_common")          # module level
    assert graph.has_edge("api.cli_common", "graph.store")      # inside a function
    assert graph.has_edge("loaders.extract.state", "loaders.extract.grammar.events")  # under TYPE_CHECKING
    assert graph.has_edge("graph.store", "loaders.settings")


def test_a_cycle_is_found():
    graph = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    assert cycles(graph) == {frozenset("abc"): [["a", "b", "c"]]}


def test_no_import_cycles():
    found = cycles(import_graph())
    unexpected = {knot: loops for knot, loops in found.items() if knot not in KNOWN_CYCLES}
    report = "\n".join(" -> ".join([*loop, loop[0]]) for loops in unexpected.values() for loop in loops)
    assert not unexpected, f"import cycles:\n{report}"
    stale = KNOWN_CYCLES - set(found)
    assert not stale, f"no longer a cycle, delete it from KNOWN_CYCLES: {sorted(map(sorted, stale))}"


def test_no_upward_imports():
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    upward = [f"{a} -> {b}" for a, b in import_graph().edges
              if a.split(".")[0] in rank and b.split(".")[0] in rank
              and rank[b.split(".")[0]] > rank[a.split(".")[0]]]
    assert not upward, upward


def environment_uses(tree: ast.Module) -> list[int]:
    """Lines that touch the process environment: os.environ, os.getenv, os.putenv, ..."""
    names = {"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"}
    return sorted({node.lineno for node in ast.walk(tree)
                   if (isinstance(node, ast.Attribute) and node.attr in names)
                   or (isinstance(node, ast.Name) and node.id in names)
                   or (isinstance(node, ast.ImportFrom) and node.module == "os"
                       and any(a.name in names for a in node.names))})


def test_only_the_settings_module_reads_the_environment():
    allowed = {"loaders.settings"}
    uses = {module: environment_uses(tree) for module, (_, tree) in sources().items()}
    found = {module: lines for module, lines in uses.items() if lines and module not in allowed}
    assert not found, f"read the environment through loaders.settings instead: {found}"
    stale = sorted(module for module in allowed if not uses.get(module))
    assert not stale, f"no longer reads the environment, delete it from `allowed`: {stale}"


def test_the_environment_check_sees_reads_and_writes():
    code = "import os\nfrom os import getenv\nos.environ['A'] = 'b'\nx = os.environ.get('B')\n"
    assert environment_uses(ast.parse(code)) == [2, 3, 4]
