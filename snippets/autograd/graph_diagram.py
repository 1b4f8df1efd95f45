import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
x = torch.tensor(4.0, requires_grad=True)
z = x * (a + b)

leaves = {"a": a, "b": b, "x": x}
ids = {}  # node -> "n1", "n2", ... in the order the walk first meets it
nodes, edges = [], []


def label(fn):
    text = type(fn).__name__
    if hasattr(fn, "variable"):  # AccumulateGrad: where a leaf's grad lands
        name = next(k for k, t in leaves.items() if t is fn.variable)
        text += f" ({name})"
    return text


def walk(fn):
    if fn in ids:  # a node reached twice is drawn once
        return
    ids[fn] = f"n{len(ids) + 1}"
    nodes.append(f'    {ids[fn]}["{label(fn)}"]')
    for child, _ in fn.next_functions:
        if child is not None:  # None marks an input that needs no gradient
            walk(child)
            edges.append(f"    {ids[child]} --> {ids[fn]}")


walk(z.grad_fn)
print("flowchart BT")
print("\n".join(nodes + edges))
