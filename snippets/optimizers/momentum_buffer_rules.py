import torch

g = torch.tensor([1.0])  # the same gradient at every step
mu, steps = 0.9, 100


def pytorch_buffers(**kwargs):
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.1, momentum=mu, **kwargs)
    out = []
    for _ in range(steps):
        p.grad = g.clone()
        opt.step()
        out.append(round(opt.state[p]["momentum_buffer"].item(), 4))
    return out


# A moving average: v = mu * v + (1 - mu) * g, starting from v = 0
v, average = 0.0, []
for _ in range(steps):
    v = mu * v + (1 - mu) * g.item()
    average.append(round(v, 4))

print("buffer at steps 1-4 and at step 100:")
rows = [
    ("SGD(momentum=0.9)", pytorch_buffers()),
    ("SGD(momentum=0.9, dampening=0.9)", pytorch_buffers(dampening=mu)),
    ("moving average", average),
]
for name, b in rows:
    print(f"  {name:33}{b[:4]} ... {b[-1]}")
