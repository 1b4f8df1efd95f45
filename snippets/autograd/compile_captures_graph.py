import torch


def f(x):
    return torch.sin(x) * 2 + 1


def show_graph(graph_module, example_inputs):
    # A torch.compile backend receives the captured graph of operations.
    ops = [
        n.target.__name__
        for n in graph_module.graph.nodes
        if n.op == "call_function"
    ]
    print("captured ops:", ops)
    return graph_module.forward  # run the captured graph as it is


x = torch.tensor([0.0, 1.0, 2.0])
compiled = torch.compile(f, backend=show_graph)
print("eager:   ", f(x))
print("compiled:", compiled(x))
print("second call reuses the graph:", compiled(x + 1))
