import torch
from torch import nn


class RunningTanh(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.tensor(0.5))

    def forward(self, seq):
        h = torch.zeros(())
        for x in seq:  # plain Python loop: one step per element of seq
            h = torch.tanh(h * self.w + x)
        return h


def graph_nodes(fn, seen):
    # Visit every backward node reachable from fn once.
    if fn is not None and fn not in seen:
        seen.add(fn)
        for child, _ in fn.next_functions:
            graph_nodes(child, seen)
    return seen


model = RunningTanh()
for seq in (torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0, 3.0, 4.0])):
    nodes = graph_nodes(model(seq).grad_fn, set())
    names = sorted(type(n).__name__ for n in nodes)
    print(f"input of length {len(seq)}: {len(nodes)} nodes")
    for name in dict.fromkeys(names):  # each name once, in sorted order
        print(f"  {name}: {names.count(name)}")
